import type Database from 'better-sqlite3'

export const name = 'dsar'

// Data-subject requests (issue 5). Multi-valued fields are child tables with foreign keys. The value lists
// in the CHECKs are frozen copies of shared/domain/dsar/enums.ts and shared/rules/dsar/dsarTypes.ts as
// shipped: a new value needs a new migration, never an edit here.
// Columns holding personal data are nullable: an audited purge (retention ended) sets them to NULL and
// keeps the facts (dates, types, outcomes) that prove the request was answered in time.

const inList = (col: string, values: readonly string[]) =>
  `${col} IN (${values.map((v) => `'${v}'`).join(', ')})`
const date = (col: string, nullable = true) =>
  `${col} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${nullable ? `${col} IS NULL OR ` : ''}${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`

const REGIMES = ['gdpr', 'uk', 'ccpa', 'lgpd', 'fadp']
const TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'objection-direct-marketing',
  'automated-decision',
  'withdraw-consent',
  'ccpa-know',
  'ccpa-delete',
  'ccpa-correct',
  'ccpa-opt-out',
  'ccpa-limit',
]
const STATUSES = [
  'received',
  'identity_check',
  'in_progress',
  'extended',
  'answered',
  'refused',
  'withdrawn',
  'closed',
]
const RELATIONSHIPS = [
  'customer',
  'prospect',
  'employee',
  'former_employee',
  'job_applicant',
  'supplier_contact',
  'website_user',
  'other',
]
const CHANNELS = ['email', 'web_form', 'post', 'phone', 'in_person', 'social_media', 'other']
const ID_METHODS = [
  'account_match',
  'email_confirmation',
  'id_document',
  'knowledge_questions',
  'in_person',
  'other',
]
const ID_STATUSES = ['not_started', 'not_needed', 'requested', 'verified', 'failed']
const EVENT_KINDS = [
  'id_requested',
  'id_received',
  'fee_requested',
  'fee_received',
  'clarification_requested',
  'clarification_received',
]
const OUTCOMES = ['granted', 'partly_granted', 'refused', 'no_data']
const GROUNDS = [
  'manifestly_unfounded',
  'excessive',
  'identity_not_verified',
  'exemption',
  'rights_of_others',
  'other',
]
const ASSESSMENTS = ['none', 'manifestly_unfounded', 'excessive']
const HANDLINGS = ['act_anyway', 'fee', 'refuse']
const RESULTS = ['pending', 'found', 'nothing_found']
const LETTERS = ['acknowledgment', 'identity_request', 'extension', 'answer', 'refusal']

export function up(db: Database.Database): void {
  db.exec(`
    -- Workspace settings of the module (e.g. closed-case retention), one row per key.
    CREATE TABLE dsar_setting (
      key   TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE dsar_case (
      id                 TEXT PRIMARY KEY NOT NULL,
      requester_name     TEXT,
      requester_email    TEXT,
      requester_phone    TEXT,
      requester_address  TEXT,
      requester_country  TEXT CHECK (requester_country IS NULL OR length(requester_country) = 2),
      relationship       TEXT NOT NULL CHECK (${inList('relationship', RELATIONSHIPS)}),
      channel            TEXT NOT NULL CHECK (${inList('channel', CHANNELS)}),
      received_at        TEXT NOT NULL,
      regime             TEXT NOT NULL CHECK (${inList('regime', REGIMES)}),
      country            TEXT,
      description        TEXT,
      notes              TEXT,
      status             TEXT NOT NULL CHECK (${inList('status', STATUSES)}),
      identity_method    TEXT CHECK (identity_method IS NULL OR ${inList('identity_method', ID_METHODS)}),
      identity_status    TEXT NOT NULL CHECK (${inList('identity_status', ID_STATUSES)}),
      ${date('identity_checked_on')},
      identity_notes     TEXT,
      art125_assessment  TEXT NOT NULL CHECK (${inList('art125_assessment', ASSESSMENTS)}),
      art125_handling    TEXT CHECK (art125_handling IS NULL OR ${inList('art125_handling', HANDLINGS)}),
      art125_reason      TEXT,
      art125_fee         TEXT,
      ${date('art125_warned_on')},
      ${date('extended_on')},
      extension_reason   TEXT,
      ${date('extended_to')},
      ${date('answered_on')},
      late_reason        TEXT,
      ${date('closed_on')},
      purged_at          TEXT,
      created_at         TEXT NOT NULL,
      updated_at         TEXT NOT NULL,
      CHECK (purged_at IS NOT NULL OR requester_name IS NOT NULL)
    ) STRICT;
    CREATE INDEX dsar_case_status ON dsar_case(status);
    CREATE INDEX dsar_case_received ON dsar_case(received_at);

    CREATE TABLE dsar_case_type (
      case_id  TEXT NOT NULL REFERENCES dsar_case(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      type     TEXT NOT NULL CHECK (${inList('type', TYPES)}),
      PRIMARY KEY (case_id, type),
      UNIQUE (case_id, position)
    ) STRICT;

    CREATE TABLE dsar_status_change (
      id          INTEGER PRIMARY KEY,
      case_id     TEXT NOT NULL REFERENCES dsar_case(id) ON DELETE CASCADE,
      from_status TEXT CHECK (from_status IS NULL OR ${inList('from_status', STATUSES)}),
      to_status   TEXT NOT NULL CHECK (${inList('to_status', STATUSES)}),
      at          TEXT NOT NULL,
      reason      TEXT
    ) STRICT;
    CREATE INDEX dsar_status_change_case ON dsar_status_change(case_id);

    -- Identity, fee and clarification facts (UK GDPR Art. 12A start and pauses), each with its day.
    CREATE TABLE dsar_event (
      id         INTEGER PRIMARY KEY,
      case_id    TEXT NOT NULL REFERENCES dsar_case(id) ON DELETE CASCADE,
      kind       TEXT NOT NULL CHECK (${inList('kind', EVENT_KINDS)}),
      ${date('on_date', false)},
      reason     TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX dsar_event_case ON dsar_event(case_id, on_date);

    -- One decision per request type of the case (removed with the type).
    CREATE TABLE dsar_decision (
      case_id    TEXT NOT NULL,
      type       TEXT NOT NULL,
      outcome    TEXT NOT NULL CHECK (${inList('outcome', OUTCOMES)}),
      ground     TEXT CHECK (ground IS NULL OR ${inList('ground', GROUNDS)}),
      reason     TEXT,
      ${date('decided_on', false)},
      PRIMARY KEY (case_id, type),
      FOREIGN KEY (case_id, type) REFERENCES dsar_case_type(case_id, type) ON DELETE CASCADE
    ) STRICT;

    -- The search checklist. Register links are kept as ids without a foreign key: the register entry may
    -- be renamed or removed later, and the log must still say what was searched (system_name).
    CREATE TABLE dsar_search (
      id                   INTEGER PRIMARY KEY,
      case_id              TEXT NOT NULL REFERENCES dsar_case(id) ON DELETE CASCADE,
      position             INTEGER NOT NULL,
      system_name          TEXT,
      register_system_id   TEXT,
      register_activity_id TEXT,
      result               TEXT NOT NULL CHECK (${inList('result', RESULTS)}),
      searched_by          TEXT,
      ${date('searched_on')},
      findings             TEXT
    ) STRICT;
    CREATE INDEX dsar_search_case ON dsar_search(case_id, position);

    -- Files copied into the workspace, addressed by the SHA-256 of their bytes (stored once however often
    -- attached; encrypted with the workspace when it is).
    CREATE TABLE dsar_blob (
      sha256     TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
      size       INTEGER NOT NULL CHECK (size >= 0),
      created_at TEXT NOT NULL,
      data       BLOB NOT NULL
    ) STRICT;

    CREATE TABLE dsar_attachment (
      id            INTEGER PRIMARY KEY,
      case_id       TEXT NOT NULL REFERENCES dsar_case(id) ON DELETE CASCADE,
      blob_sha256   TEXT NOT NULL REFERENCES dsar_blob(sha256) ON DELETE RESTRICT,
      file_name     TEXT,
      original_path TEXT,
      media_type    TEXT,
      size          INTEGER NOT NULL,
      note          TEXT,
      added_at      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX dsar_attachment_case ON dsar_attachment(case_id);
    CREATE INDEX dsar_attachment_blob ON dsar_attachment(blob_sha256);

    -- Letters as sent: the filled text and the PDF (a blob), dated.
    CREATE TABLE dsar_letter (
      id          INTEGER PRIMARY KEY,
      case_id     TEXT NOT NULL REFERENCES dsar_case(id) ON DELETE CASCADE,
      kind        TEXT NOT NULL CHECK (${inList('kind', LETTERS)}),
      lang        TEXT NOT NULL CHECK (lang IN ('en', 'it')),
      ${date('letter_date', false)},
      subject     TEXT,
      body        TEXT,
      blob_sha256 TEXT REFERENCES dsar_blob(sha256) ON DELETE RESTRICT,
      bytes       INTEGER NOT NULL,
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX dsar_letter_case ON dsar_letter(case_id);
    CREATE INDEX dsar_letter_blob ON dsar_letter(blob_sha256);
  `)
}
