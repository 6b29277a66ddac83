import type Database from 'better-sqlite3'

export const name = 'dsar-letter-fr'

// French DSAR letters: 'fr' joins the letter languages (shared/domain/dsar/enums.ts LETTER_LANGUAGES).
// SQLite cannot change a CHECK in place, so dsar_letter is rebuilt with the same columns, keys and
// indexes and its rows copied as they are. Nothing references dsar_letter and it has no triggers, so the
// rebuild is safe with foreign keys on. The value lists are frozen copies as shipped (see 004_dsar.ts).

const LETTERS = ['acknowledgment', 'identity_request', 'extension', 'answer', 'refusal']
const LANGS = ['en', 'it', 'fr']

const inList = (col: string, values: readonly string[]) =>
  `${col} IN (${values.map((v) => `'${v}'`).join(', ')})`

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE dsar_letter_new (
      id          INTEGER PRIMARY KEY,
      case_id     TEXT NOT NULL REFERENCES dsar_case(id) ON DELETE CASCADE,
      kind        TEXT NOT NULL CHECK (${inList('kind', LETTERS)}),
      lang        TEXT NOT NULL CHECK (${inList('lang', LANGS)}),
      letter_date TEXT NOT NULL CHECK (letter_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      subject     TEXT,
      body        TEXT,
      blob_sha256 TEXT REFERENCES dsar_blob(sha256) ON DELETE RESTRICT,
      bytes       INTEGER NOT NULL,
      created_at  TEXT NOT NULL
    ) STRICT;
    INSERT INTO dsar_letter_new (id, case_id, kind, lang, letter_date, subject, body, blob_sha256, bytes, created_at)
      SELECT id, case_id, kind, lang, letter_date, subject, body, blob_sha256, bytes, created_at FROM dsar_letter;
    DROP TABLE dsar_letter;
    ALTER TABLE dsar_letter_new RENAME TO dsar_letter;
    CREATE INDEX dsar_letter_case ON dsar_letter(case_id);
    CREATE INDEX dsar_letter_blob ON dsar_letter(blob_sha256);
  `)
}
