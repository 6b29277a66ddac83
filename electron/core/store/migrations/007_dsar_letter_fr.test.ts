import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from './index'
import * as m007 from './007_dsar_letter_fr'

// 007 rebuilds dsar_letter so that 'fr' is a letter language: the letters of an older workspace survive
// unchanged, and the table keeps its checks, keys and indexes.

let db: Database.Database | undefined
afterEach(() => db?.close())

const SHA = 'a'.repeat(64)
const letter = (lang: string, caseId = 'DSAR-2026-001') =>
  `INSERT INTO dsar_letter (case_id, kind, lang, letter_date, bytes, created_at)
   VALUES ('${caseId}', 'answer', '${lang}', '2026-01-02', 1, '2026-01-02T10:00:00Z')`

describe('migration 007: French DSAR letters', () => {
  it('keeps the letters of a schema-6 workspace and accepts French ones', () => {
    db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    const schema6 = MIGRATIONS.filter((m) => m.version < 7)
    db.transaction(() => schema6.forEach((m) => m.up(db!, { now: '2026-01-01T00:00:00.000Z', actor: 'test' })))()
    db.exec(`
      INSERT INTO dsar_case (id, requester_name, relationship, channel, received_at, regime, status,
        identity_status, art125_assessment, created_at, updated_at)
      VALUES ('DSAR-2026-001', 'Mario Rossi', 'customer', 'email', '2026-01-01T10:00:00Z', 'gdpr', 'received',
        'not_started', 'none', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z');
      INSERT INTO dsar_blob (sha256, size, created_at, data) VALUES ('${SHA}', 1, '2026-01-02T10:00:00Z', x'00');
      INSERT INTO dsar_letter (case_id, kind, lang, letter_date, subject, body, blob_sha256, bytes, created_at)
      VALUES ('DSAR-2026-001', 'refusal', 'it', '2026-01-02', 'Oggetto', 'Testo', '${SHA}', 1, '2026-01-02T10:00:00Z');
    `)
    expect(() => db!.exec(letter('fr'))).toThrow(/CHECK/)
    const before = db.prepare('SELECT * FROM dsar_letter').all()

    db.transaction(() => m007.up(db!))()

    expect(db.prepare('SELECT * FROM dsar_letter').all()).toEqual(before)
    db.exec(letter('fr'))
    expect(() => db!.exec(letter('de'))).toThrow(/CHECK/)
    expect(() => db!.exec(letter('fr', 'DSAR-2099-999'))).toThrow(/FOREIGN KEY/)
    expect(() => db!.exec('DELETE FROM dsar_blob')).toThrow(/FOREIGN KEY/) // a kept letter's PDF stays
    expect(
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'dsar_letter' ORDER BY name",
        )
        .all(),
    ).toEqual([{ name: 'dsar_letter_blob' }, { name: 'dsar_letter_case' }])
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.exec("DELETE FROM dsar_case WHERE id = 'DSAR-2026-001'")
    expect(db.prepare('SELECT count(*) AS n FROM dsar_letter').get()).toEqual({ n: 0 })
  })
})
