import { test, expect } from './harness'
import { seedVimage, vimageProfile } from './seed'

// Issue 6 item 13: create a breach, see the 72 h deadline in local time, record the decision, log the
// notification, the clock turns "met"; and with the injected clock past the deadline, "missed — reason
// required". The core's clock is moved by the harness; the page only formats what the core returns.

const FRIDAY_2340_ROME = '2026-03-27T22:40:00Z' // Fri 27 Mar 2026, 23:40 CET; DST starts Sun 29 Mar

test('a breach from first report to a notification that meets the 72-hour deadline', async ({ page, harness }) => {
  harness.clock.set(FRIDAY_2340_ROME)
  await seedVimage(harness)
  await page.goto('/')
  await page.getByTestId('nav-breaches').click()
  await expect(page.getByRole('heading', { name: 'Breaches' })).toBeVisible()
  await page.getByTestId('new-breach').click()

  // The form starts from the core's now, in the organisation's zone.
  await expect(page.getByLabel('Became aware: date')).toHaveValue('27/03/2026')
  await expect(page.getByLabel('Became aware: time')).toHaveValue('23:40')
  await page.getByLabel('Short title').fill('Laptop with customer data stolen')
  await page.getByRole('checkbox', { name: 'Confidentiality' }).check()
  await page.getByLabel('Who decided it is a personal-data breach').fill('Anna Bianchi')
  await page.getByTestId('breach-submit').click()

  // 72 elapsed hours across the spring DST change: 31 Mar 00:40 CEST (the local clock shows 73 h).
  const clock = page.getByTestId('clock-gdpr.sa')
  await expect(clock).toBeVisible()
  await expect(clock.getByTestId('clock-deadline')).toHaveText('Due 31 Mar 2026, 00:40 (UTC+02:00)')
  await expect(clock).toHaveAttribute('data-status', 'pending')
  await expect(clock.getByTestId('countdown')).toContainText('left')
  await expect(page.getByTestId('first-hour')).toBeVisible()

  // The decision (Art. 33(5)): notify the authority, with who and why.
  await page.getByRole('radio', { name: 'Yes, notify' }).check()
  await page.getByLabel('Why they are not told').fill('No high risk: business contact details only.')
  await page.getByRole('textbox', { name: 'Decided by', exact: true }).fill('Marco Ferri')
  await page.getByLabel('Why (the reasoning kept in the record)').fill('Customer contact data on an unencrypted laptop.')
  await page.getByTestId('save-decision').click()
  await expect(page.getByTestId('decision-current')).toContainText('Marco Ferri')

  // The notification, sent two hours later, logged against the GDPR clock.
  harness.clock.set('2026-03-28T00:40:00Z')
  await page.getByRole('tab', { name: /Notifications/ }).click()
  // Day first and 24-hour time, in the organisation's zone (Rome, UTC+01:00 that night), whatever the browser's locale.
  await page.getByLabel('Sent at: date').fill('28/03/2026')
  await page.getByLabel('Reference number').fill('GPDP-2026-001')
  await page.getByLabel('What was sent').fill('Initial notification through the Garante’s online procedure.')
  // A time that is not one is refused by the core, on the field, and nothing is logged.
  await page.getByLabel('Sent at: time').fill('25:99')
  await page.getByTestId('log-notification').click()
  await expect(page.getByTestId('field-sentAt')).toContainText('Enter the date as DD/MM/YYYY and the time as hh:mm, 24-hour')
  await expect(page.getByTestId('notifications-log')).toHaveCount(0)
  await page.getByLabel('Sent at: time').fill('1.40')
  await page.getByTestId('log-notification').click()
  await expect(page.getByTestId('notifications-log')).toContainText('Garante per la protezione dei dati personali')
  await expect(clock).toHaveAttribute('data-status', 'met')
  await expect(clock.getByTestId('clock-status')).toHaveText('Met')

  // The list agrees.
  await page.getByTestId('nav-breaches').click()
  await expect(page.getByTestId('table-breaches')).toContainText('Laptop with customer data stolen')
  await expect(page.getByTestId('table-breaches')).toContainText('Notified')
})

test('past the deadline with nothing sent: "missed — reason required", and the alert shows', async ({ page, harness }) => {
  harness.clock.set(FRIDAY_2340_ROME)
  await seedVimage(harness)
  const created = await harness.invoke('breach.create', {
    title: 'Invoices sent to the wrong address',
    discoveredAt: FRIDAY_2340_ROME,
    awareAt: FRIDAY_2340_ROME,
    awareBy: 'Anna Bianchi',
    natures: ['confidentiality'],
  })
  harness.clock.set('2026-03-30T23:00:00Z') // 20 minutes past the deadline (22:40Z)
  await page.goto(`/#/breaches/${created.breach.id}`)
  const clock = page.getByTestId('clock-gdpr.sa')
  await expect(clock).toHaveAttribute('data-status', 'missed')
  await expect(clock.getByTestId('clock-status')).toHaveText('Missed — reason required')
  await expect(clock.getByTestId('countdown')).toContainText('Overdue by 00:20')
  await expect(clock.getByRole('button', { name: 'Record the reasons for the delay' })).toBeVisible()

  // The overdue reminder arrives as a push event and shows as a notification in the page.
  expect(await harness.core.tick()).toBe(1)
  await expect(page.getByText('The deadline passed on 31 Mar 2026, 00:40 (UTC+02:00).', { exact: false })).toBeVisible()

  // Reasons recorded: late, with reasons (Art. 33(1)).
  await clock.getByRole('button', { name: 'Record the reasons for the delay' }).click()
  await clock.getByLabel('Reasons for the delay').fill('The office was closed for the weekend; nobody read the report until Monday.')
  await clock.getByRole('button', { name: 'Save the reasons' }).click()
  await expect(clock).toHaveAttribute('data-status', 'late_with_reason')
})

test('an Italian workspace reads the clocks and the risk proposal in Italian, times in its zone', async ({ page, harness }) => {
  harness.clock.set(FRIDAY_2340_ROME)
  await seedVimage(harness)
  await harness.invoke('profile.save', { ...vimageProfile(), language: 'it' })
  const created = await harness.invoke('breach.create', {
    title: 'Portatile rubato',
    discoveredAt: FRIDAY_2340_ROME,
    awareAt: FRIDAY_2340_ROME,
    awareBy: 'Anna Bianchi',
    natures: ['confidentiality'],
  })
  await page.goto(`/#/breaches/${created.breach.id}`)
  const clock = page.getByTestId('clock-gdpr.sa')
  await expect(clock).toContainText('Notifica all’autorità di controllo (GDPR art. 33)')
  await expect(clock.getByTestId('clock-deadline')).toHaveText('Entro il 31 mar 2026, 00:40 (UTC+02:00)')
  const why = clock.getByTestId('clock-explanation')
  await expect(why).toContainText(
    'Notifica la violazione all’autorità di controllo senza ingiustificato ritardo e comunque entro 72 ore da quando ne sei venuto a conoscenza (GDPR art. 33, par. 1): conoscenza il 27 mar 2026, 23:40 (UTC+01:00), scadenza il 31 mar 2026, 00:40 (UTC+02:00).',
  )
  await expect(why).toContainText('l’orologio locale segna 73 ore; la legge conta 72 ore effettive')
  await expect(why).not.toContainText('2026-03-')
  await expect(why).not.toContainText('without undue delay')

  // The live proposal of the risk assessment explains itself in Italian too.
  await page.getByRole('tab', { name: 'Valutazione del rischio' }).click()
  await expect(page.getByTestId('proposal')).toContainText('Domande EDPB: rischio elevato.')
  await expect(page.getByTestId('proposal')).toContainText('Una proposta, non una decisione')
})

test('the breach form picks the activities and vendors concerned from the register, by name', async ({ page, harness }) => {
  harness.clock.set(FRIDAY_2340_ROME)
  await seedVimage(harness)
  const activity = (await harness.invoke('register.saveActivity', { name: 'Website contact form' })) as { id: string }
  const vendor = (await harness.invoke('register.saveVendor', { name: 'Aruba S.p.A.', country: 'IT', role: 'processor' })) as { id: string }
  await page.goto('/')
  await page.getByTestId('nav-breaches').click()
  await page.getByTestId('new-breach').click()
  await page.getByLabel('Short title').fill('Contact-form mailbox read by an intruder')
  await page.getByRole('checkbox', { name: 'Confidentiality' }).check()
  await page.getByLabel('Who decided it is a personal-data breach').fill('Anna Bianchi')
  // Vimage declares only the GDPR: no other law's questions, and the form says how to get them.
  await expect(page.getByTestId('breach-laws-none')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /NIS2/ })).toHaveCount(0)
  // A controller has no controller to inform: that target appears only for a processor.
  const processorTarget = page.getByLabel('Target to inform the controller (hours)')
  await expect(processorTarget).toHaveCount(0)
  await page.getByText('Processor (for another controller)').click()
  await expect(processorTarget).toBeVisible()
  await page.getByText('Controller', { exact: true }).click()
  await expect(processorTarget).toHaveCount(0)

  // Chosen by name, searched as typed; the form never asks for an id.
  await page.getByRole('combobox', { name: 'Processing activities concerned' }).fill('contact')
  await page.getByRole('option', { name: 'Website contact form' }).click()
  await page.getByRole('combobox', { name: 'Vendors concerned' }).click()
  await page.getByRole('option', { name: 'Aruba S.p.A. (IT)' }).click()
  await page.getByTestId('breach-submit').click()

  await expect(page.getByTestId('clock-gdpr.sa')).toBeVisible()
  await page.getByRole('tab', { name: 'Impact' }).click()
  await expect(page.getByTestId('impact')).toContainText('Website contact form')
  const list = (await harness.invoke('breach.list', {})) as { items: { id: string }[] }
  const saved = (await harness.invoke('breach.get', { id: list.items[0].id })) as { breach: { activityIds: string[]; vendorIds: string[] } }
  expect(saved.breach.activityIds).toEqual([activity.id])
  expect(saved.breach.vendorIds).toEqual([vendor.id])
})

test('the breach form asks the facts of the laws the organisation declares, and only those', async ({ page, harness }) => {
  harness.clock.set(FRIDAY_2340_ROME)
  await seedVimage(harness)
  await harness.invoke('profile.save', { ...vimageProfile(), regimes: ['gdpr', 'nis2', 'fadp'] })
  await page.goto('/#/breaches/new')
  await expect(page.getByRole('checkbox', { name: 'NIS2: a significant incident' })).toBeVisible()
  await expect(page.getByLabel('Target to notify the FDPIC (hours)')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /DORA|HIPAA|ePrivacy|LGPD/ })).toHaveCount(0)
  await expect(page.getByTestId('breach-laws-none')).toHaveCount(0)
})
