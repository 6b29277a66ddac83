import type Database from 'better-sqlite3'

export const name = 'transfers'

// International transfers (Chapter V) and transfer impact assessments (issue 7). Transfers reference the
// register's vendors and activities (003) with foreign keys; every multi-valued field is a child table.
// A TIA version is one row of transfer_tia; a final TIA is never updated in place (the service makes a
// new version), so its answers stay as signed. The CHECK value lists are frozen copies of the enums in
// shared/domain/transfers as shipped: changing an enum needs a new migration, never an edit here.

const inList = (col: string, values: readonly string[]) =>
  `${col} IN (${values.map((v) => `'${v}'`).join(', ')})`
const bool = (col: string) => `${col} INTEGER NOT NULL CHECK (${col} IN (0, 1))`
const optBool = (col: string) => `${col} INTEGER CHECK (${col} IS NULL OR ${col} IN (0, 1))`

const TOOLS = [
  'adequacy',
  'dpf',
  'scc',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'public_authority_arrangement',
  'art49_derogation',
  'uk_idta',
  'uk_addendum',
  'swiss_addendum',
]
const IMPORTER_ROLES = ['processor', 'sub_processor', 'controller', 'joint_controller']
const FREQUENCIES = ['one_off', 'occasional', 'regular', 'continuous']
const FORMATS = ['in_transit', 'at_rest', 'remote_access']
const DEROGATIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'compelling']
const DPF_LISTS = ['eu_us', 'uk_extension', 'swiss_us']
const ANSWERS = ['yes', 'no', 'unclear']
const KEY_HOLDERS = ['exporter_eea', 'importer', 'no_encryption', 'unclear']
const CONCLUSIONS = ['proceed', 'proceed_with_measures', 'suspend']
const MEASURE_KINDS = ['technical', 'contractual', 'organisational']
const TIA_LISTS = ['data_category', 'data_subject', 'format', 'onward_country', 'storage_country']

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE transfer (
      id                 TEXT PRIMARY KEY NOT NULL,
      activity_id        TEXT REFERENCES register_activity(id) ON DELETE SET NULL,
      exporter_vendor_id TEXT REFERENCES register_vendor(id) ON DELETE RESTRICT,
      exporter_role      TEXT NOT NULL CHECK (exporter_role IN ('controller', 'processor')),
      importer_vendor_id TEXT NOT NULL REFERENCES register_vendor(id) ON DELETE RESTRICT,
      importer_country   TEXT NOT NULL CHECK (length(importer_country) = 2),
      importer_role      TEXT NOT NULL CHECK (${inList('importer_role', IMPORTER_ROLES)}),
      purpose            TEXT,
      ${bool('special_categories')},
      ${bool('criminal_data')},
      volume             TEXT,
      frequency          TEXT NOT NULL CHECK (${inList('frequency', FREQUENCIES)}),
      status             TEXT NOT NULL CHECK (status IN ('active', 'ended')),
      notes              TEXT,
      created_at         TEXT NOT NULL,
      updated_at         TEXT NOT NULL,
      CHECK (exporter_vendor_id IS NULL OR exporter_vendor_id <> importer_vendor_id)
    ) STRICT;
    CREATE INDEX transfer_importer ON transfer(importer_vendor_id);
    CREATE INDEX transfer_exporter ON transfer(exporter_vendor_id);
    CREATE INDEX transfer_activity ON transfer(activity_id);

    CREATE TABLE transfer_data_category (
      transfer_id TEXT NOT NULL REFERENCES transfer(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      name        TEXT NOT NULL,
      PRIMARY KEY (transfer_id, position)
    ) STRICT;

    CREATE TABLE transfer_data_subject (
      transfer_id TEXT NOT NULL REFERENCES transfer(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      name        TEXT NOT NULL,
      PRIMARY KEY (transfer_id, position)
    ) STRICT;

    CREATE TABLE transfer_format (
      transfer_id TEXT NOT NULL REFERENCES transfer(id) ON DELETE CASCADE,
      format      TEXT NOT NULL CHECK (${inList('format', FORMATS)}),
      PRIMARY KEY (transfer_id, format)
    ) STRICT;

    CREATE TABLE transfer_tool (
      transfer_id       TEXT NOT NULL REFERENCES transfer(id) ON DELETE CASCADE,
      position          INTEGER NOT NULL,
      tool              TEXT NOT NULL CHECK (${inList('tool', TOOLS)}),
      decision_id       TEXT,
      scc_module        INTEGER CHECK (scc_module IS NULL OR scc_module BETWEEN 1 AND 4),
      signed_on         TEXT,
      reference         TEXT,
      derogation        TEXT CHECK (derogation IS NULL OR ${inList('derogation', DEROGATIONS)}),
      derogation_reason TEXT,
      PRIMARY KEY (transfer_id, position),
      UNIQUE (transfer_id, tool),
      CHECK (tool <> 'scc' OR scc_module IS NOT NULL),
      CHECK (tool <> 'adequacy' OR decision_id IS NOT NULL),
      CHECK (tool <> 'art49_derogation' OR (derogation IS NOT NULL AND derogation_reason IS NOT NULL))
    ) STRICT;
    CREATE INDEX transfer_tool_tool ON transfer_tool(tool);

    -- The user's own check of the DPF List (no online lookup).
    CREATE TABLE transfer_dpf_check (
      transfer_id TEXT PRIMARY KEY NOT NULL REFERENCES transfer(id) ON DELETE CASCADE,
      ${bool('certified')},
      checked_on  TEXT NOT NULL,
      covers      TEXT NOT NULL CHECK (covers IN ('non_hr', 'hr', 'both')),
      checked_by  TEXT,
      note        TEXT
    ) STRICT;

    CREATE TABLE transfer_dpf_list (
      transfer_id TEXT NOT NULL REFERENCES transfer_dpf_check(transfer_id) ON DELETE CASCADE,
      list        TEXT NOT NULL CHECK (${inList('list', DPF_LISTS)}),
      PRIMARY KEY (transfer_id, list)
    ) STRICT;

    CREATE TABLE transfer_onward (
      transfer_id TEXT NOT NULL REFERENCES transfer(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      recipient   TEXT NOT NULL,
      country     TEXT NOT NULL CHECK (length(country) = 2),
      tool        TEXT CHECK (tool IS NULL OR ${inList('tool', TOOLS)}),
      note        TEXT,
      PRIMARY KEY (transfer_id, position)
    ) STRICT;
    CREATE INDEX transfer_onward_country ON transfer_onward(country);

    CREATE TABLE transfer_tia (
      id                     TEXT PRIMARY KEY NOT NULL,
      transfer_id            TEXT NOT NULL REFERENCES transfer(id) ON DELETE RESTRICT,
      version                INTEGER NOT NULL CHECK (version >= 1),
      status                 TEXT NOT NULL CHECK (status IN ('draft', 'final', 'superseded')),
      supersedes_id          TEXT REFERENCES transfer_tia(id) ON DELETE RESTRICT,
      importer_name          TEXT NOT NULL,
      importer_country       TEXT NOT NULL CHECK (length(importer_country) = 2),
      pack_version           INTEGER NOT NULL,
      pack_as_of             TEXT NOT NULL,
      -- step 1: know the transfer
      s1_exporter            TEXT,
      s1_importer            TEXT,
      s1_importer_country    TEXT CHECK (s1_importer_country IS NULL OR length(s1_importer_country) = 2),
      s1_importer_role       TEXT CHECK (s1_importer_role IS NULL OR ${inList('s1_importer_role', IMPORTER_ROLES)}),
      s1_scc_module          INTEGER CHECK (s1_scc_module IS NULL OR s1_scc_module BETWEEN 1 AND 4),
      s1_purpose             TEXT,
      ${bool('s1_special_categories')},
      ${bool('s1_criminal_data')},
      s1_volume              TEXT,
      s1_frequency           TEXT CHECK (s1_frequency IS NULL OR ${inList('s1_frequency', FREQUENCIES)}),
      s1_remote_access       TEXT,
      s1_clear_text_access   TEXT CHECK (s1_clear_text_access IS NULL OR ${inList('s1_clear_text_access', ANSWERS)}),
      s1_keys_held_by        TEXT CHECK (s1_keys_held_by IS NULL OR ${inList('s1_keys_held_by', KEY_HOLDERS)}),
      -- step 2: the tool
      s2_tool                TEXT CHECK (s2_tool IS NULL OR ${inList('s2_tool', TOOLS)}),
      s2_tool_details        TEXT,
      s2_adequacy_status     TEXT,
      ${optBool('s2_dpf_certified')},
      s2_dpf_checked_on      TEXT,
      -- step 3: law and practice
      s3_importer_in_scope   TEXT CHECK (s3_importer_in_scope IS NULL OR ${inList('s3_importer_in_scope', ANSWERS)}),
      s3_in_scope_note       TEXT,
      s3_oversight           TEXT,
      s3_redress             TEXT,
      s3_practice            TEXT,
      s3_practice_applies    TEXT CHECK (s3_practice_applies IS NULL OR ${inList('s3_practice_applies', ANSWERS)}),
      s3_law_impinges        TEXT CHECK (s3_law_impinges IS NULL OR ${inList('s3_law_impinges', ANSWERS)}),
      s3_assessment          TEXT,
      -- step 4, 5, 6
      s4_note                TEXT,
      ${optBool('s5_scc_unmodified')},
      ${optBool('s5_sa_authorisation')},
      s5_steps               TEXT,
      s6_next_review_on      TEXT,
      s6_triggers            TEXT,
      -- conclusion (the step-3 legal assessment) and the probability kept as evidence only
      conclusion             TEXT CHECK (conclusion IS NULL OR ${inList('conclusion', CONCLUSIONS)}),
      conclusion_reasons     TEXT,
      probability_percent    REAL CHECK (probability_percent IS NULL OR probability_percent BETWEEN 0 AND 100),
      probability_years      INTEGER CHECK (probability_years IS NULL OR probability_years BETWEEN 1 AND 10),
      probability_method     TEXT,
      signed_by              TEXT,
      signed_role            TEXT,
      signed_at              TEXT,
      created_at             TEXT NOT NULL,
      updated_at             TEXT NOT NULL,
      UNIQUE (transfer_id, version),
      CHECK (status = 'draft' OR (signed_by IS NOT NULL AND signed_at IS NOT NULL AND conclusion IS NOT NULL AND s6_next_review_on IS NOT NULL)),
      CHECK ((probability_percent IS NULL) = (probability_years IS NULL))
    ) STRICT;
    -- At most one draft and one final per transfer; older finals are 'superseded'.
    CREATE UNIQUE INDEX transfer_tia_one_draft ON transfer_tia(transfer_id) WHERE status = 'draft';
    CREATE UNIQUE INDEX transfer_tia_one_final ON transfer_tia(transfer_id) WHERE status = 'final';
    CREATE INDEX transfer_tia_review ON transfer_tia(s6_next_review_on) WHERE status = 'final';

    -- A signed version can never change: the database refuses, whatever the code does.
    CREATE TRIGGER transfer_tia_final_frozen BEFORE UPDATE ON transfer_tia
      WHEN OLD.status <> 'draft' AND NOT (
        OLD.status = 'final' AND NEW.status = 'superseded'
        AND NEW.s1_purpose IS OLD.s1_purpose AND NEW.conclusion IS OLD.conclusion
        AND NEW.conclusion_reasons IS OLD.conclusion_reasons AND NEW.s3_assessment IS OLD.s3_assessment
        AND NEW.signed_by IS OLD.signed_by AND NEW.signed_at IS OLD.signed_at
        AND NEW.s6_next_review_on IS OLD.s6_next_review_on AND NEW.version = OLD.version
      )
    BEGIN
      SELECT RAISE(ABORT, 'a final TIA cannot be changed; make a new version');
    END;

    CREATE TABLE transfer_tia_value (
      tia_id   TEXT NOT NULL REFERENCES transfer_tia(id) ON DELETE CASCADE,
      list     TEXT NOT NULL CHECK (${inList('list', TIA_LISTS)}),
      position INTEGER NOT NULL,
      value    TEXT NOT NULL,
      PRIMARY KEY (tia_id, list, position)
    ) STRICT;

    CREATE TABLE transfer_tia_law (
      tia_id   TEXT NOT NULL REFERENCES transfer_tia(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      law_key  TEXT,
      name     TEXT NOT NULL,
      summary  TEXT,
      applies  TEXT CHECK (applies IS NULL OR ${inList('applies', ANSWERS)}),
      note     TEXT,
      PRIMARY KEY (tia_id, position)
    ) STRICT;

    CREATE TABLE transfer_tia_measure (
      tia_id      TEXT NOT NULL REFERENCES transfer_tia(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      measure_key TEXT,
      kind        TEXT NOT NULL CHECK (${inList('kind', MEASURE_KINDS)}),
      text        TEXT,
      note        TEXT,
      PRIMARY KEY (tia_id, position),
      CHECK (measure_key IS NOT NULL OR text IS NOT NULL)
    ) STRICT;

    CREATE TABLE transfer_tia_source (
      tia_id     TEXT NOT NULL REFERENCES transfer_tia(id) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      title      TEXT NOT NULL,
      url        TEXT,
      as_of      TEXT NOT NULL,
      ${bool('unverified')},
      PRIMARY KEY (tia_id, position)
    ) STRICT;

    -- Child rows of a signed TIA are frozen too.
    ${['transfer_tia_value', 'transfer_tia_law', 'transfer_tia_measure', 'transfer_tia_source']
      .flatMap((tbl) =>
        ['INSERT', 'UPDATE', 'DELETE'].map(
          (op) => `CREATE TRIGGER ${tbl}_frozen_${op.toLowerCase()} BEFORE ${op} ON ${tbl}
      WHEN (SELECT status FROM transfer_tia WHERE id = ${op === 'INSERT' ? 'NEW' : 'OLD'}.tia_id) <> 'draft'
    BEGIN
      SELECT RAISE(ABORT, 'a final TIA cannot be changed; make a new version');
    END;`,
        ),
      )
      .join('\n    ')}

    -- A newer country pack imported from a file (the built-in one is in the app). One row: the pack in use.
    CREATE TABLE transfer_country_pack (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      version     INTEGER NOT NULL,
      as_of       TEXT NOT NULL,
      publisher   TEXT NOT NULL,
      pack_json   TEXT NOT NULL,
      imported_at TEXT NOT NULL
    ) STRICT;

    -- The workspace's own assessment of a country, over the pack's (exportable to another workspace).
    CREATE TABLE transfer_country_override (
      country         TEXT PRIMARY KEY NOT NULL CHECK (length(country) = 2),
      as_of           TEXT NOT NULL,
      assessment_json TEXT NOT NULL,
      updated_at      TEXT NOT NULL
    ) STRICT;
  `)
}
