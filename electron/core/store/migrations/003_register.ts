import type Database from 'better-sqlite3'

export const name = 'register'

// The register of processing activities (Art. 30), its vendors, systems and DPIA screenings. Every
// multi-valued field is a child table with a foreign key; `position` keeps the user's order.
// The value lists in the CHECKs are frozen copies of the enums in shared/domain/register as shipped:
// a later change to an enum needs a new migration, never an edit here.

const inList = (col: string, values: readonly string[]) => `${col} IN (${values.map((v) => `'${v}'`).join(', ')})`
const bool = (col: string) => `${col} INTEGER NOT NULL CHECK (${col} IN (0, 1))`

const VENDOR_ROLES = ['processor', 'sub_processor', 'independent_controller', 'joint_controller']
const SYSTEM_TYPES = ['application', 'saas', 'database', 'server', 'website', 'email', 'device', 'paper', 'other']
const STATUSES = ['draft', 'active', 'retired']
const ROLES = ['controller', 'joint_controller', 'processor']
const BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests']
const SPECIAL = ['racial_ethnic_origin', 'political_opinions', 'religious_beliefs', 'trade_union', 'genetic', 'biometric', 'health', 'sex_life_orientation']
const ART9 = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']
const RECIPIENT_KINDS = ['internal', 'vendor', 'third_party', 'authority']
const TOOLS = ['adequacy', 'dpf', 'scc', 'bcr', 'code_of_conduct', 'certification', 'ad_hoc_clauses', 'public_authority_arrangement', 'art49_derogation']
const DEROGATIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'compelling']
const MEASURES = [
  'pseudonymisation', 'encryption_at_rest', 'encryption_in_transit', 'access_control', 'multi_factor_auth', 'least_privilege',
  'logging', 'network_protection', 'antimalware', 'patching', 'physical_security', 'confidentiality_commitments',
  'staff_training', 'processor_contracts', 'backups', 'incident_response', 'security_testing', 'data_minimisation',
  'retention_deletion',
]
const DPIA_RESULTS = ['required', 'recommended', 'not_required']

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE register_vendor (
      id            TEXT PRIMARY KEY NOT NULL,
      name          TEXT NOT NULL,
      country       TEXT NOT NULL CHECK (length(country) = 2),
      role          TEXT NOT NULL CHECK (${inList('role', VENDOR_ROLES)}),
      ${bool('dpa_signed')},
      dpa_signed_on TEXT,
      dpa_reference TEXT,
      contact_name  TEXT,
      contact_email TEXT,
      website       TEXT,
      notes         TEXT,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX register_vendor_name ON register_vendor(name COLLATE NOCASE);

    CREATE TABLE register_vendor_service (
      vendor_id TEXT NOT NULL REFERENCES register_vendor(id) ON DELETE CASCADE,
      position  INTEGER NOT NULL,
      service   TEXT NOT NULL,
      PRIMARY KEY (vendor_id, position)
    ) STRICT;

    CREATE TABLE register_vendor_location (
      vendor_id TEXT NOT NULL REFERENCES register_vendor(id) ON DELETE CASCADE,
      position  INTEGER NOT NULL,
      country   TEXT NOT NULL CHECK (length(country) = 2),
      PRIMARY KEY (vendor_id, position),
      UNIQUE (vendor_id, country)
    ) STRICT;

    CREATE TABLE register_vendor_certification (
      vendor_id TEXT NOT NULL REFERENCES register_vendor(id) ON DELETE CASCADE,
      position  INTEGER NOT NULL,
      name      TEXT NOT NULL,
      PRIMARY KEY (vendor_id, position)
    ) STRICT;

    CREATE TABLE register_system (
      id         TEXT PRIMARY KEY NOT NULL,
      name       TEXT NOT NULL,
      type       TEXT NOT NULL CHECK (${inList('type', SYSTEM_TYPES)}),
      location   TEXT,
      country    TEXT CHECK (country IS NULL OR length(country) = 2),
      ${bool('internal')},
      vendor_id  TEXT REFERENCES register_vendor(id) ON DELETE RESTRICT,
      notes      TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX register_system_name ON register_system(name COLLATE NOCASE);
    CREATE INDEX register_system_vendor ON register_system(vendor_id);

    CREATE TABLE register_activity (
      id                       TEXT PRIMARY KEY NOT NULL,
      name                     TEXT NOT NULL,
      description              TEXT,
      status                   TEXT NOT NULL CHECK (${inList('status', STATUSES)}),
      role                     TEXT NOT NULL CHECK (${inList('role', ROLES)}),
      owner                    TEXT,
      criminal_data_authority  TEXT,
      ${bool('collected_from_subject')},
      joint_arrangement        TEXT,
      ${bool('automated_exists')},
      automated_logic          TEXT,
      automated_consequences   TEXT,
      ${bool('occasional')},
      dpia_ref                 TEXT,
      last_reviewed_on         TEXT,
      next_review_on           TEXT,
      notes                    TEXT,
      template_id              TEXT,
      created_at               TEXT NOT NULL,
      updated_at               TEXT NOT NULL
    ) STRICT;
    CREATE INDEX register_activity_status ON register_activity(status);

    CREATE TABLE activity_purpose (
      id          INTEGER PRIMARY KEY,
      activity_id TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      text        TEXT NOT NULL,
      UNIQUE (activity_id, position)
    ) STRICT;

    -- Each basis belongs to one purpose (Art. 13(1)(c): "purposes ... as well as the legal basis").
    CREATE TABLE activity_lawful_basis (
      purpose_id          INTEGER NOT NULL REFERENCES activity_purpose(id) ON DELETE CASCADE,
      position            INTEGER NOT NULL,
      basis               TEXT NOT NULL CHECK (${inList('basis', BASES)}),
      legitimate_interest TEXT,
      balancing_test      TEXT,
      consent_collection  TEXT,
      consent_withdrawal  TEXT,
      legal_reference     TEXT,
      PRIMARY KEY (purpose_id, position)
    ) STRICT;
    CREATE INDEX activity_lawful_basis_basis ON activity_lawful_basis(basis);

    CREATE TABLE activity_subject_category (
      activity_id TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      name        TEXT NOT NULL,
      PRIMARY KEY (activity_id, position)
    ) STRICT;

    CREATE TABLE activity_data_category (
      activity_id            TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position               INTEGER NOT NULL,
      name                   TEXT NOT NULL,
      special                TEXT CHECK (special IS NULL OR ${inList('special', SPECIAL)}),
      ${bool('criminal')},
      retention_period       INTEGER CHECK (retention_period IS NULL OR retention_period > 0),
      retention_unit         TEXT CHECK (retention_unit IS NULL OR retention_unit IN ('days', 'months', 'years')),
      retention_criteria     TEXT,
      retention_trigger      TEXT,
      retention_legal_source TEXT,
      retention_action       TEXT NOT NULL CHECK (retention_action IN ('delete', 'anonymise')),
      PRIMARY KEY (activity_id, position),
      CHECK ((retention_period IS NULL) = (retention_unit IS NULL))
    ) STRICT;

    CREATE TABLE activity_art9_condition (
      activity_id TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      condition   TEXT NOT NULL CHECK (${inList('condition', ART9)}),
      note        TEXT,
      PRIMARY KEY (activity_id, position)
    ) STRICT;

    CREATE TABLE activity_source (
      activity_id        TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position           INTEGER NOT NULL,
      description        TEXT NOT NULL,
      ${bool('publicly_available')},
      PRIMARY KEY (activity_id, position)
    ) STRICT;

    -- A vendor in use cannot be deleted (RESTRICT): the vendor page lists what depends on it.
    CREATE TABLE activity_recipient (
      activity_id TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      kind        TEXT NOT NULL CHECK (${inList('kind', RECIPIENT_KINDS)}),
      vendor_id   TEXT REFERENCES register_vendor(id) ON DELETE RESTRICT,
      name        TEXT,
      country     TEXT CHECK (country IS NULL OR length(country) = 2),
      note        TEXT,
      PRIMARY KEY (activity_id, position),
      CHECK ((kind = 'vendor') = (vendor_id IS NOT NULL)),
      CHECK (kind = 'vendor' OR name IS NOT NULL)
    ) STRICT;
    CREATE INDEX activity_recipient_vendor ON activity_recipient(vendor_id);

    CREATE TABLE activity_transfer (
      id          INTEGER PRIMARY KEY,
      activity_id TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      country     TEXT NOT NULL CHECK (length(country) = 2),
      vendor_id   TEXT REFERENCES register_vendor(id) ON DELETE RESTRICT,
      derogation  TEXT CHECK (derogation IS NULL OR ${inList('derogation', DEROGATIONS)}),
      safeguards  TEXT,
      note        TEXT,
      UNIQUE (activity_id, position)
    ) STRICT;
    CREATE INDEX activity_transfer_vendor ON activity_transfer(vendor_id);

    CREATE TABLE activity_transfer_tool (
      transfer_id INTEGER NOT NULL REFERENCES activity_transfer(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      tool        TEXT NOT NULL CHECK (${inList('tool', TOOLS)}),
      PRIMARY KEY (transfer_id, position),
      UNIQUE (transfer_id, tool)
    ) STRICT;

    CREATE TABLE activity_system (
      activity_id TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      system_id   TEXT NOT NULL REFERENCES register_system(id) ON DELETE RESTRICT,
      PRIMARY KEY (activity_id, position),
      UNIQUE (activity_id, system_id)
    ) STRICT;
    CREATE INDEX activity_system_system ON activity_system(system_id);

    CREATE TABLE activity_security_measure (
      activity_id TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      measure_key TEXT CHECK (measure_key IS NULL OR ${inList('measure_key', MEASURES)}),
      text        TEXT,
      PRIMARY KEY (activity_id, position),
      CHECK (measure_key IS NOT NULL OR text IS NOT NULL)
    ) STRICT;

    CREATE TABLE activity_joint_controller (
      activity_id TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      name        TEXT NOT NULL,
      contact     TEXT,
      PRIMARY KEY (activity_id, position)
    ) STRICT;

    CREATE TABLE activity_controller_served (
      activity_id           TEXT NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      position              INTEGER NOT NULL,
      name                  TEXT NOT NULL,
      contact               TEXT,
      processing_categories TEXT,
      PRIMARY KEY (activity_id, position)
    ) STRICT;

    -- The latest DPIA screening of an activity (earlier ones are in the audit log).
    CREATE TABLE dpia_screening (
      activity_id  TEXT PRIMARY KEY NOT NULL REFERENCES register_activity(id) ON DELETE CASCADE,
      screened_at  TEXT NOT NULL,
      answered_by  TEXT NOT NULL,
      result       TEXT NOT NULL CHECK (${inList('result', DPIA_RESULTS)}),
      list_country TEXT,
      ${bool('list_checked')},
      reasoning    TEXT
    ) STRICT;

    -- One row per question answered "yes": 'wp248:<criterion>', 'art35_3:<a|b|c>', 'national:<IT-5>'.
    CREATE TABLE dpia_screening_answer (
      activity_id TEXT NOT NULL REFERENCES dpia_screening(activity_id) ON DELETE CASCADE,
      question    TEXT NOT NULL,
      PRIMARY KEY (activity_id, question)
    ) STRICT;
  `)
}
