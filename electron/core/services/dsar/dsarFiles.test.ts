import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LETTER_KINDS, LETTER_LANGUAGES } from '../../../../shared/domain/dsar/enums'
import { pdfPages } from '../../reports/pdfText'
import { dsarTestCore, mario, type DsarTestCore } from './dsarTestCore'
import { MAX_ATTACHMENT_BYTES } from './attachmentService'
import { fillLetter, letterDay, readTemplate, unknownPlaceholders } from './letterTemplates'

// Attachments, letters, reminders and the end-of-retention purge (issue 5 items 3-5).

let t: DsarTestCore
afterEach(async () => t?.dispose())

// Set PWB_REPORT_OUT=/some/dir to keep the letter PDFs and look at them (pdftoppm -png -r 60 ...).
function keep(name: string, path: string) {
  const out = process.env.PWB_REPORT_OUT
  if (!out) return
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, name), readFileSync(path))
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const ID = 'DSAR-2026-001'

describe('attachments: copied into the workspace, content-addressed (DESIGN.md “Nothing is lost”)', () => {
  it('stores the bytes once per SHA-256, keeps the original path, and exports without overwriting', async () => {
    t = await dsarTestCore('2026-02-10T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-02-02T09:15' })
    const bytes = Buffer.from('%PDF-1.4 passport scan')
    const source = join(t.dir, 'passport.pdf')
    writeFileSync(source, bytes)
    await t.call('dsar.attachmentAdd', {
      caseId: ID,
      fileName: 'passport.pdf',
      sourcePath: source,
      note: 'ID check',
    })
    const v = await t.call('dsar.attachmentAdd', {
      caseId: ID,
      fileName: 'copy.pdf',
      dataBase64: bytes.toString('base64'),
    })
    expect(v.case.attachments.map((a) => [a.fileName, a.sha256, a.size, a.originalPath])).toEqual([
      ['passport.pdf', sha(bytes), bytes.length, source],
      ['copy.pdf', sha(bytes), bytes.length, 'copy.pdf'],
    ])
    expect(readFileSync(source)).toEqual(bytes) // the user's file is untouched
    const out = join(t.dir, 'out')
    const first = await t.call('dsar.attachmentExport', {
      caseId: ID,
      id: v.case.attachments[0].id,
      dir: out,
    })
    expect(readFileSync(first.path)).toEqual(bytes)
    writeFileSync(join(out, 'copy.pdf'), 'a different file the user keeps')
    const second = await t.call('dsar.attachmentExport', {
      caseId: ID,
      id: v.case.attachments[1].id,
      dir: out,
    })
    expect(second.path).toBe(join(out, 'copy (2).pdf'))
    expect(readFileSync(join(out, 'copy.pdf'), 'utf8')).toBe('a different file the user keeps')
  })

  it('refuses a file over the limit with a clear message, and a missing path by name; saves nothing', async () => {
    t = await dsarTestCore('2026-02-10T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-02-02T09:15' })
    const big = join(t.dir, 'big.bin')
    writeFileSync(big, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1))
    const e = await t.fail('dsar.attachmentAdd', { caseId: ID, fileName: 'big.bin', sourcePath: big })
    expect(e).toMatchObject({ code: 'VALIDATION', fields: { sourcePath: 'validation.dsarFileTooBig' } })
    expect(e.message).toBe(
      '“big.bin” is 25.0 MB; attachments can be at most 25.0 MB. Attach a smaller file or a summary; nothing was saved.',
    )
    const missing = await t.fail('dsar.attachmentAdd', {
      caseId: ID,
      fileName: 'x.pdf',
      sourcePath: join(t.dir, 'nope.pdf'),
    })
    expect(missing.code).toBe('IO')
    expect(missing.message).toContain('nope.pdf')
    expect((await t.fail('dsar.attachmentAdd', { caseId: ID, fileName: 'x.pdf' })).fields).toEqual({
      dataBase64: 'validation.dsarFileSource',
    })
    expect((await t.call('dsar.get', { id: ID })).case.attachments).toEqual([])
  })
})

describe('letters (issue 5 item 4)', () => {
  it('every template names only known placeholders, the same ones as English, and starts with a subject line', () => {
    const placeholders = (tpl: string) => [...new Set(tpl.match(/\{\{\w+\}\}/g))].sort()
    for (const lang of LETTER_LANGUAGES)
      for (const kind of LETTER_KINDS) {
        const tpl = readTemplate(resolve('resources'), lang, kind)
        expect(unknownPlaceholders(tpl), `${lang}/${kind}`).toEqual([])
        expect(placeholders(tpl), `${lang}/${kind}`).toEqual(
          placeholders(readTemplate(resolve('resources'), 'en', kind)),
        )
        expect(tpl.split('\n')[0], `${lang}/${kind}`).toMatch(/^(Subject|Oggetto|Objet) ?: /)
      }
    // A refusal always carries the Art. 12(4) notice.
    for (const lang of LETTER_LANGUAGES)
      expect(readTemplate(resolve('resources'), lang, 'refusal')).toContain('{{complaintRights}}')
  })

  it('prints a letter’s dates in the long form of its language; French writes the first of the month “1er”', () => {
    expect(letterDay('2026-12-02', 'fr')).toBe('mercredi 2 décembre 2026')
    expect(letterDay('2026-12-01', 'fr')).toBe('mardi 1er décembre 2026')
    expect(letterDay('2026-11-11', 'fr')).toBe('mercredi 11 novembre 2026')
    expect(letterDay('2027-01-21', 'fr')).toBe('jeudi 21 janvier 2027')
    expect(letterDay('2026-12-01', 'it')).toBe('martedì 1 dicembre 2026')
    expect(letterDay('2026-12-01', 'en')).toBe('Tuesday 1 December 2026')
  })

  it('drops a line whose placeholder is empty, and rejects an unknown one', () => {
    const values = Object.fromEntries(
      [
        'letterDate',
        'orgName',
        'orgEmail',
        'requesterName',
        'reference',
        'receivedDate',
        'requestTypes',
        'law',
        'dueDate',
        'extendedDueDate',
        'extensionReason',
        'identityReason',
        'clockNote',
        'decisions',
        'refusals',
        'complaintRights',
        'contactLine',
      ].map((k) => [k, '']),
    ) as Parameters<typeof fillLetter>[1]
    const out = fillLetter('Subject: Hi {{reference}}\n\nDear {{requesterName}},\n\n{{clockNote}}\n\nBye', {
      ...values,
      reference: 'R1',
      requesterName: 'Ann',
    })
    expect(out).toEqual({ subject: 'Hi R1', body: 'Dear Ann,\n\nBye' })
    expect(() => fillLetter('Subject: x\n{{nope}}', values)).toThrow(/letterTemplate/)
  })

  it('fills, prints and keeps each letter; a refusal states the right to complain to the Garante and to a judicial remedy', async () => {
    t = await dsarTestCore('2026-02-10T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15' })
    const ack = await t.call('dsar.letterCreate', { caseId: ID, kind: 'acknowledgment', lang: 'en' })
    const letter = ack.view.case.letters[0]
    expect(letter).toMatchObject({ kind: 'acknowledgment', lang: 'en', date: '2026-02-10' })
    expect(letter.body).toContain(
      'We will reply without undue delay and in any event by Monday 2 March 2026.',
    )
    expect(letter.body).toContain('privacy@vimage.it')
    expect(
      (await t.fail('dsar.letterCreate', { caseId: ID, kind: 'extension', lang: 'en' })).message,
    ).toMatch(/Extend the request first/)
    expect((await t.fail('dsar.letterCreate', { caseId: ID, kind: 'refusal', lang: 'en' })).message).toMatch(
      /Record a refusal first/,
    )
    await t.call('dsar.decisionSave', {
      caseId: ID,
      type: 'access',
      outcome: 'refused',
      ground: 'manifestly_unfounded',
      reason: 'The requester admits wanting to disrupt our work.',
      decidedOn: '2026-02-10',
    })
    const it = await t.call('dsar.letterCreate', { caseId: ID, kind: 'refusal', lang: 'it' })
    const refusal = it.view.case.letters[1]
    expect(refusal.subject).toMatch(/^La sua richiesta DSAR-2026-001/)
    expect(refusal.body).toContain('Garante per la protezione dei dati personali (garanteprivacy.it)')
    expect(refusal.body).toContain('ricorso giurisdizionale')
    const out = join(t.dir, 'refusal.pdf')
    await t.call('report.create', { type: 'dsar-letter', caseId: String(it.letterId), out })
    keep('dsar-letter-refusal-it.pdf', out)
    const text = pdfPages(readFileSync(out)).join('\n')
    expect(text).toContain('Vimage S.r.l.')
    expect(text).toContain('Mario Rossi')
    expect(text).toMatch(/lunedì 2 marzo 2026|martedì 10 febbraio 2026/)
    expect(text).toContain('Riferimento DSAR-2026-001')
  })
})

describe('French letters (a French workspace, RGPD art. 12)', () => {
  // The letters' own text comes from resources/templates/dsar-letters/fr; the fragments the app inserts
  // (request types, the law, clock note, complaint rights, PDF footer) come from the `dsar` and `dsarUi`
  // catalogues.
  const leftover = /\{\{|\}\}/

  /** Refuses the access request as manifestly unfounded, then writes the French refusal letter. */
  async function refuseInFrench() {
    await t.call('dsar.decisionSave', {
      caseId: ID,
      type: 'access',
      outcome: 'refused',
      ground: 'manifestly_unfounded',
      reason: 'La demande vise uniquement à perturber notre activité.',
      decidedOn: '2026-11-04',
    })
    return t.call('dsar.letterCreate', { caseId: ID, kind: 'refusal', lang: 'fr' })
  }

  async function frenchCase() {
    t = await dsarTestCore('2026-11-04T10:00:00Z')
    const profile = await t.call('profile.get', {})
    await t.call('profile.save', {
      ...profile,
      legalName: 'Atelier Lumière SARL',
      country: 'FR',
      timeZone: 'Europe/Paris',
      language: 'fr',
      leadAuthority: 'FR',
      contactEmail: 'rgpd@atelier-lumiere.fr',
      regimes: ['gdpr'],
    })
    await t.call('dsar.save', { ...mario, requesterName: 'Claire Martin', receivedAt: '2026-11-02T09:15' })
  }

  it('fills the French templates: French text and dates, no placeholder left, the PDF in French', async () => {
    await frenchCase()
    const ack = await t.call('dsar.letterCreate', { caseId: ID, kind: 'acknowledgment', lang: 'fr' })
    const letter = ack.view.case.letters[0]
    expect(letter).toMatchObject({ kind: 'acknowledgment', lang: 'fr', date: '2026-11-04' })
    expect(letter.subject).toBe('Votre demande du lundi 2 novembre 2026 (notre référence DSAR-2026-001)')
    expect(letter.body).toMatch(/^À l’attention de Claire Martin\n\nMadame, Monsieur,\n\n/)
    expect(letter.body).toContain('qui nous est parvenue le lundi 2 novembre 2026')
    expect(letter.body).toContain('en tout état de cause au plus tard le mercredi 2 décembre 2026.')
    expect(letter.body).toContain('rgpd@atelier-lumiere.fr')
    expect(letter.body).toMatch(
      /Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées\.\nAtelier Lumière SARL$/,
    )
    expect(`${letter.subject}\n${letter.body}`).not.toMatch(leftover)

    const id = await t.call('dsar.letterCreate', { caseId: ID, kind: 'identity_request', lang: 'fr' })
    const idLetter = id.view.case.letters[1]
    expect(idLetter.subject).toBe('Vérification de votre identité (demande DSAR-2026-001)')
    expect(idLetter.body).toContain(
      'Nous vous remercions de bien vouloir nous répondre à l’adresse rgpd@atelier-lumiere.fr.',
    )
    // The clock note (asking gives no more time) prints the due date in French, whatever its sentence's language.
    expect(idLetter.body).toContain('mercredi 2 décembre 2026.')
    expect(`${idLetter.subject}\n${idLetter.body}`).not.toMatch(leftover)

    const refusal = await refuseInFrench()
    const refusalLetter = refusal.view.case.letters[2]
    expect(refusalLetter.subject).toBe(
      'Votre demande DSAR-2026-001 : motifs pour lesquels nous ne pouvons pas y donner suite',
    )
    expect(refusalLetter.body).toContain(
      'nous ne donnerons pas suite à votre demande, pour les motifs suivants :',
    )
    expect(refusalLetter.body).toContain('La demande vise uniquement à perturber notre activité.')
    // Art. 12(4): the lead authority of a French controller, the CNIL.
    expect(refusalLetter.body).toContain(
      "Commission nationale de l'informatique et des libertés (CNIL) (cnil.fr)",
    )
    expect(refusalLetter.body).toContain('(RGPD, art. 12(4), 77 et 79)')
    expect(`${refusalLetter.subject}\n${refusalLetter.body}`).not.toMatch(leftover)

    const out = join(t.dir, 'accuse.pdf')
    await t.call('report.create', { type: 'dsar-letter', caseId: String(ack.letterId), out })
    keep('dsar-letter-acknowledgment-fr.pdf', out)
    const text = pdfPages(readFileSync(out)).join('\n')
    expect(text).toContain('Atelier Lumière SARL')
    expect(text).toContain('Claire Martin')
    expect(text).toContain('mercredi 4 novembre 2026') // the letter's date
    expect(text).toContain('Madame, Monsieur,')
    expect(text).not.toMatch(leftover)
  })

  // The fragments the letters take from the catalogues are French too.
  it(
    'inserts the French fragments of the catalogues (request types, law, clock note, rights, footer)',
    async () => {
      await frenchCase()
      const ack = await t.call('dsar.letterCreate', { caseId: ID, kind: 'acknowledgment', lang: 'fr' })
      expect(ack.view.case.letters[0].body).toContain('Votre demande porte sur : accès.')
      expect(ack.view.case.letters[0].body).toContain(
        'au titre de la réglementation suivante : RGPD (UE/EEE).',
      )
      const id = await t.call('dsar.letterCreate', { caseId: ID, kind: 'identity_request', lang: 'fr' })
      expect(id.view.case.letters[1].body).toContain(
        'Cette demande ne nous accorde pas de délai supplémentaire : nous vous répondrons en tout état de cause au plus tard le mercredi 2 décembre 2026.',
      )
      expect(id.view.case.letters[1].body).toContain(
        'Nous vous prions de nous adresser des informations permettant de confirmer votre identité',
      )
      expect(id.view.case.letters[1].body).toContain(
        'Pour toute question relative à cette demande, vous pouvez nous écrire à l’adresse rgpd@atelier-lumiere.fr.',
      )
      const refusal = await refuseInFrench()
      const body = refusal.view.case.letters[2].body
      expect(body).toContain(
        '• accès : Manifestement infondée (art. 12(5)). La demande vise uniquement à perturber notre activité.',
      )
      expect(body).toContain('introduire une réclamation auprès d’une autorité de contrôle')
      expect(body).toContain('former un recours juridictionnel')
      const out = join(t.dir, 'refus.pdf')
      await t.call('report.create', { type: 'dsar-letter', caseId: String(refusal.letterId), out })
      const text = pdfPages(readFileSync(out)).join('\n')
      expect(text).toContain('Référence DSAR-2026-001')
      expect(text).toContain('Destinataire')
    },
  )
})

describe('deadline provider and reminders (issue 5 item 5)', () => {
  it('lists the case with reminders 7/3/1 days before the target and “overdue” when the legal limit passes; each fires once', async () => {
    t = await dsarTestCore('2026-02-10T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15' })
    const d = (await t.call('deadlines.list', {})).find((x) => x.key === 'dsar:DSAR-2026-001')
    expect(d).toMatchObject({
      module: 'dsar',
      entityId: ID,
      dueDate: '2026-03-02',
      dueAt: '2026-03-02T22:59:59.000Z',
      status: 'pending',
      legal: true,
    })
    expect(d?.title).toBe('Reply to Mario Rossi (access) — DSAR-2026-001')
    expect(d?.explanation).toMatch(/last day: Saturday 28 February 2026/)
    expect(d?.reminders).toEqual([
      { key: 'dsar:DSAR-2026-001:2026-02-28:7d', at: '2026-02-20T23:00:00.000Z', kind: '7d' },
      { key: 'dsar:DSAR-2026-001:2026-02-28:3d', at: '2026-02-24T23:00:00.000Z', kind: '3d' },
      { key: 'dsar:DSAR-2026-001:2026-02-28:1d', at: '2026-02-26T23:00:00.000Z', kind: '1d' },
      { key: 'dsar:DSAR-2026-001:2026-03-02:overdue', at: '2026-03-02T22:59:59.000Z', kind: 'overdue' },
    ])
    expect(await t.core.tick()).toBe(0)
    t.clock.set('2026-02-21T08:00:00Z')
    expect(await t.core.tick()).toBe(1)
    expect(t.events.filter((e) => e.name === 'timer.alert').at(-1)?.payload).toMatchObject({
      key: 'dsar:DSAR-2026-001:2026-02-28:7d',
      module: 'dsar',
      entityId: ID,
    })
    expect(await t.core.tick()).toBe(0) // once, ever
    t.clock.set('2026-03-03T08:00:00Z')
    expect(await t.core.tick()).toBe(1)
    expect(t.events.filter((e) => e.name === 'timer.alert').at(-1)?.payload).toMatchObject({
      key: 'dsar:DSAR-2026-001:2026-03-02:overdue',
    })
    expect(
      (await t.call('deadlines.list', { withinDays: 14 })).find((x) => x.key === 'dsar:DSAR-2026-001')
        ?.status,
    ).toBe('missed')
  })

  it('moves the reminders with an extension', async () => {
    t = await dsarTestCore('2026-02-10T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15' })
    await t.call('dsar.extend', { id: ID, on: '2026-02-10', reason: 'complex' })
    const d = (await t.call('deadlines.list', {})).find((x) => x.key === 'dsar:DSAR-2026-001')
    expect(d?.dueDate).toBe('2026-04-28')
    expect(d?.reminders[0].key).toBe('dsar:DSAR-2026-001:2026-04-28:7d')
  })
})

describe('end of retention: audited purge of personal data (Art. 5(1)(e))', () => {
  it('erases names, texts, letters and files and redacts the audit payloads, keeping the dates and a verifiable chain', async () => {
    t = await dsarTestCore('2026-02-10T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-02-02T09:15', description: 'All my data please' })
    await t.call('dsar.attachmentAdd', {
      caseId: ID,
      fileName: 'id.txt',
      dataBase64: Buffer.from('ID of Mario').toString('base64'),
    })
    await t.call('dsar.decisionSave', {
      caseId: ID,
      type: 'access',
      outcome: 'granted',
      reason: 'Copy sent to Mario',
      decidedOn: '2026-02-10',
    })
    const { letterId } = await t.call('dsar.letterCreate', { caseId: ID, kind: 'answer', lang: 'en' })
    await t.call('dsar.transition', { id: ID, to: 'answered', on: '2026-02-10' })
    expect((await t.fail('dsar.purge', { id: ID })).message).toMatch(/Only a closed request can be erased/)
    await t.call('dsar.transition', { id: ID, to: 'closed' })
    expect(await t.call('dsar.settingsSave', { closedRetentionMonths: 6 })).toEqual({
      closedRetentionMonths: 6,
    })
    expect((await t.fail('dsar.settingsSave', { closedRetentionMonths: 0 })).fields).toEqual({
      closedRetentionMonths: 'validation.dsarRetention',
    })
    const early = await t.fail('dsar.purge', { id: ID })
    expect(early).toMatchObject({ code: 'FORBIDDEN' })
    expect(early.message).toContain('must be kept until 2026-08-10')
    const purgeDeadline = (await t.call('deadlines.list', {})).find(
      (d) => d.key === 'dsar-purge:DSAR-2026-001',
    )
    expect(purgeDeadline).toMatchObject({ dueDate: '2026-08-10', legal: false })

    t.clock.set('2026-08-10T08:00:00Z')
    const v = await t.call('dsar.purge', { id: ID })
    expect(v.case).toMatchObject({
      requesterName: null,
      requesterEmail: null,
      description: null,
      attachments: [],
      status: 'closed',
    })
    expect(v.case.purgedAt).toBe('2026-08-10T08:00:00.000Z')
    expect(v.case.decisions[0]).toMatchObject({ outcome: 'granted', reason: null, decidedOn: '2026-02-10' })
    expect(v.case.letters[0]).toMatchObject({ kind: 'answer', body: null, subject: null })
    expect(v.clock).toMatchObject({ due: '2026-03-02', onTime: true })
    expect(v.nextSteps.map((s) => s.key)).toEqual(['next.purged'])
    expect(
      (
        await t.fail('report.create', {
          type: 'dsar-letter',
          caseId: String(letterId),
          out: join(t.dir, 'x.pdf'),
        })
      ).message,
    ).toMatch(/erased/)

    const audit = await t.call('audit.list', { limit: 1000 })
    const about = audit.rows.filter((r) => r.entity === 'dsar' || r.entity === 'attachment')
    const dump = JSON.stringify(audit.rows)
    expect(dump).not.toContain('Mario')
    expect(dump).not.toContain('All my data')
    expect(about.filter((r) => r.payload === null).length).toBeGreaterThan(5)
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true })
    expect((await t.fail('dsar.purge', { id: ID })).message).toMatch(/were erased/)
    expect((await t.fail('dsar.save', { ...mario, id: ID, receivedAt: '2026-02-02T09:15' })).code).toBe(
      'FORBIDDEN',
    )
    expect((await t.call('deadlines.list', {})).some((d) => d.key === 'dsar-purge:DSAR-2026-001')).toBe(false)
    // The workspace holds no copy of the erased files.
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.pwb'))).toHaveLength(1)
    expect(existsSync(join(t.dir, 'dsar.pwb'))).toBe(true)
  })
})
