import type Database from 'better-sqlite3'

export const name = 'breach'

// Tables of the breach module (issue 6). Breaches are never deleted: Art. 33(5) asks for a record of every
// breach, notified or not, so child rows reference their breach without cascades.
// Links to the register (issue 4) are kept as ids: its tables did not exist when this migration was
// written. A later migration can add the foreign keys (activity_id -> activity, vendor_id -> vendor).
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE breach (
      id                     TEXT PRIMARY KEY NOT NULL,
      ref                    TEXT NOT NULL UNIQUE,
      drill                  INTEGER NOT NULL DEFAULT 0 CHECK (drill IN (0, 1)),
      status                 TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      title                  TEXT NOT NULL,
      discovered_at          TEXT NOT NULL,
      discovery_how          TEXT,
      aware_at               TEXT NOT NULL,
      aware_by               TEXT NOT NULL,
      aware_reasoning        TEXT,
      processor_aware_at     TEXT,
      started_at             TEXT,
      ended_at               TEXT,
      ongoing                INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1)),
      cause_kind             TEXT,
      cause                  TEXT,
      subject_count          INTEGER CHECK (subject_count >= 0),
      record_count           INTEGER CHECK (record_count >= 0),
      role                   TEXT NOT NULL CHECK (role IN ('controller', 'processor')),
      controller_name        TEXT,
      controller_contact     TEXT,
      likely_consequences    TEXT,
      contact_name           TEXT,
      contact_email          TEXT,
      contact_phone          TEXT,
      nis2_significant       INTEGER NOT NULL DEFAULT 0 CHECK (nis2_significant IN (0, 1)),
      dora_major             INTEGER NOT NULL DEFAULT 0 CHECK (dora_major IN (0, 1)),
      dora_classified_at     TEXT,
      eprivacy_service       INTEGER NOT NULL DEFAULT 0 CHECK (eprivacy_service IN (0, 1)),
      hipaa_phi              INTEGER NOT NULL DEFAULT 0 CHECK (hipaa_phi IN (0, 1)),
      lgpd_small_agent       INTEGER NOT NULL DEFAULT 0 CHECK (lgpd_small_agent IN (0, 1)),
      hipaa_max_residents    INTEGER,
      processor_target_hours REAL,
      fadp_target_hours      REAL,
      authority_code         TEXT,
      close_note             TEXT,
      closed_at              TEXT,
      created_at             TEXT NOT NULL,
      updated_at             TEXT NOT NULL
    ) STRICT;
    CREATE INDEX breach_real ON breach(drill, status, aware_at);

    CREATE TABLE breach_nature (
      breach_id TEXT NOT NULL REFERENCES breach(id),
      nature    TEXT NOT NULL CHECK (nature IN ('confidentiality', 'integrity', 'availability')),
      PRIMARY KEY (breach_id, nature)
    ) STRICT;

    CREATE TABLE breach_subject_category (
      breach_id TEXT NOT NULL REFERENCES breach(id),
      position  INTEGER NOT NULL,
      name      TEXT NOT NULL,
      PRIMARY KEY (breach_id, position)
    ) STRICT;

    CREATE TABLE breach_subject_country (
      breach_id TEXT NOT NULL REFERENCES breach(id),
      country   TEXT NOT NULL,
      PRIMARY KEY (breach_id, country)
    ) STRICT;

    CREATE TABLE breach_data_category (
      breach_id TEXT NOT NULL REFERENCES breach(id),
      position  INTEGER NOT NULL,
      name      TEXT NOT NULL,
      special   INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1)),
      PRIMARY KEY (breach_id, position)
    ) STRICT;

    CREATE TABLE breach_activity_link (
      breach_id   TEXT NOT NULL REFERENCES breach(id),
      activity_id TEXT NOT NULL,
      PRIMARY KEY (breach_id, activity_id)
    ) STRICT;

    CREATE TABLE breach_vendor_link (
      breach_id TEXT NOT NULL REFERENCES breach(id),
      vendor_id TEXT NOT NULL,
      PRIMARY KEY (breach_id, vendor_id)
    ) STRICT;

    CREATE TABLE breach_regime_exclusion (
      breach_id TEXT NOT NULL REFERENCES breach(id),
      regime    TEXT NOT NULL,
      reason    TEXT NOT NULL,
      PRIMARY KEY (breach_id, regime)
    ) STRICT;

    CREATE TABLE breach_action (
      id          TEXT PRIMARY KEY NOT NULL,
      breach_id   TEXT NOT NULL REFERENCES breach(id),
      kind        TEXT NOT NULL CHECK (kind IN ('containment', 'remediation')),
      at          TEXT NOT NULL,
      description TEXT NOT NULL,
      by_name     TEXT
    ) STRICT;
    CREATE INDEX breach_action_breach ON breach_action(breach_id, at);

    CREATE TABLE breach_assessment (
      id                     TEXT PRIMARY KEY NOT NULL,
      breach_id              TEXT NOT NULL REFERENCES breach(id),
      assessed_at            TEXT NOT NULL,
      assessed_by            TEXT NOT NULL,
      ease_of_identification TEXT NOT NULL,
      confidentiality        TEXT NOT NULL,
      integrity              TEXT NOT NULL,
      availability           TEXT NOT NULL,
      malicious              INTEGER NOT NULL CHECK (malicious IN (0, 1)),
      unintelligible         INTEGER NOT NULL CHECK (unintelligible IN (0, 1)),
      art34_exception        TEXT CHECK (art34_exception IN ('a', 'b', 'c')),
      dpc                    INTEGER NOT NULL,
      dpc_from               TEXT NOT NULL,
      ei                     REAL NOT NULL,
      cb                     REAL NOT NULL,
      score                  REAL NOT NULL,
      level                  TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high', 'very_high')),
      severity_explanation   TEXT NOT NULL,
      proposed_risk          TEXT NOT NULL CHECK (proposed_risk IN ('no_risk', 'risk', 'high_risk')),
      edpb_level             TEXT NOT NULL CHECK (edpb_level IN ('no_risk', 'risk', 'high_risk')),
      enisa_risk             TEXT NOT NULL CHECK (enisa_risk IN ('no_risk', 'risk', 'high_risk')),
      propose_authority      INTEGER NOT NULL CHECK (propose_authority IN (0, 1)),
      propose_subjects       TEXT NOT NULL,
      reason_required_to_skip INTEGER NOT NULL CHECK (reason_required_to_skip IN (0, 1)),
      proposal_explanation   TEXT NOT NULL,
      notes                  TEXT
    ) STRICT;
    CREATE INDEX breach_assessment_breach ON breach_assessment(breach_id, assessed_at);

    CREATE TABLE breach_assessment_data (
      assessment_id TEXT NOT NULL REFERENCES breach_assessment(id),
      position      INTEGER NOT NULL,
      data_type     TEXT NOT NULL CHECK (data_type IN ('simple', 'behavioural', 'financial', 'sensitive')),
      delta         INTEGER NOT NULL DEFAULT 0 CHECK (delta BETWEEN -3 AND 3),
      reason        TEXT,
      PRIMARY KEY (assessment_id, position)
    ) STRICT;

    CREATE TABLE breach_risk_answer (
      assessment_id TEXT NOT NULL REFERENCES breach_assessment(id),
      question      TEXT NOT NULL,
      answer        TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'unknown')),
      PRIMARY KEY (assessment_id, question)
    ) STRICT;

    CREATE TABLE breach_decision (
      id               TEXT PRIMARY KEY NOT NULL,
      breach_id        TEXT NOT NULL REFERENCES breach(id),
      assessment_id    TEXT REFERENCES breach_assessment(id),
      risk_level       TEXT NOT NULL CHECK (risk_level IN ('no_risk', 'risk', 'high_risk')),
      notify_authority INTEGER NOT NULL CHECK (notify_authority IN (0, 1)),
      authority_reason TEXT,
      subjects         TEXT NOT NULL CHECK (subjects IN ('communicate', 'public_communication', 'exception', 'not_required')),
      art34_exception  TEXT CHECK (art34_exception IN ('a', 'b', 'c')),
      subjects_reason  TEXT,
      decided_by       TEXT NOT NULL,
      decided_at       TEXT NOT NULL,
      reasoning        TEXT NOT NULL,
      follows_proposal INTEGER CHECK (follows_proposal IN (0, 1)),
      recorded_at      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX breach_decision_breach ON breach_decision(breach_id, recorded_at);

    CREATE TABLE breach_notification (
      id             TEXT PRIMARY KEY NOT NULL,
      breach_id      TEXT NOT NULL REFERENCES breach(id),
      clock_id       TEXT,
      regime         TEXT,
      phase          TEXT NOT NULL CHECK (phase IN ('initial', 'follow_up', 'final')),
      recipient_kind TEXT NOT NULL,
      authority_code TEXT,
      recipient_name TEXT NOT NULL,
      channel        TEXT NOT NULL,
      sent_at        TEXT NOT NULL,
      reference      TEXT,
      content        TEXT NOT NULL,
      recorded_at    TEXT NOT NULL,
      recorded_by    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX breach_notification_breach ON breach_notification(breach_id, sent_at);

    CREATE TABLE breach_delay_reason (
      breach_id   TEXT NOT NULL REFERENCES breach(id),
      clock_id    TEXT NOT NULL,
      reason      TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      PRIMARY KEY (breach_id, clock_id)
    ) STRICT;

    CREATE TABLE breach_checklist (
      breach_id TEXT NOT NULL REFERENCES breach(id),
      item      TEXT NOT NULL,
      done_at   TEXT NOT NULL,
      done_by   TEXT NOT NULL,
      PRIMARY KEY (breach_id, item)
    ) STRICT;
  `)
}
