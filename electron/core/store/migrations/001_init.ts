import type Database from 'better-sqlite3'

export const name = 'init'

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE organisation (
      id           INTEGER PRIMARY KEY CHECK (id = 1),
      legal_name   TEXT NOT NULL,
      country      TEXT NOT NULL,
      time_zone    TEXT NOT NULL,
      language     TEXT NOT NULL,
      profile_json TEXT NOT NULL CHECK (json_valid(profile_json)),
      updated_at   TEXT NOT NULL
    ) STRICT;

    CREATE TABLE audit_log (
      id           INTEGER PRIMARY KEY,
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,
      entity       TEXT NOT NULL,
      entity_id    TEXT NOT NULL,
      action       TEXT NOT NULL,
      redacts      INTEGER REFERENCES audit_log(id),
      payload_hash TEXT NOT NULL,
      prev_hash    TEXT NOT NULL,
      hash         TEXT NOT NULL UNIQUE,
      payload      TEXT
    ) STRICT;
    CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

    -- Append-only: no deletes; the only update allowed is clearing a payload (an audited redaction),
    -- which leaves every hashed column as it was.
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

    CREATE TRIGGER audit_log_only_redaction BEFORE UPDATE ON audit_log
    WHEN NOT (
      OLD.payload IS NOT NULL AND NEW.payload IS NULL
      AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.entity = OLD.entity
      AND NEW.entity_id = OLD.entity_id AND NEW.action = OLD.action AND NEW.redacts IS OLD.redacts
      AND NEW.payload_hash = OLD.payload_hash AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
    )
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `)
}
