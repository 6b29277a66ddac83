import { registerLister } from './listRegistry'

// `pwb list FILE --type tia [--json]`: every TIA version, with the id `pwb report --type tia --case ID` takes.
registerLister('tia', async ({ call, t: text }) => {
  const tias = await call('transfers.tia.list', {})
  return {
    data: tias.map((t) => ({
      id: t.id,
      transferId: t.transferId,
      importer: t.importerName,
      country: t.importerCountry,
      version: t.version,
      status: t.status,
      ...(t.conclusion ? { conclusion: t.conclusion } : {}),
      ...(t.nextReviewOn ? { nextReviewOn: t.nextReviewOn } : {}),
      ...(t.signedBy ? { signedBy: t.signedBy, signedAt: t.signedAt } : {}),
    })),
    lines: tias.length
      ? tias.map(
          (t) =>
            `${t.id}  v${t.version} ${text(`transfers:statuses.${t.status}`).padEnd(12)} ${t.importerName} (${t.importerCountry})${t.nextReviewOn ? `  ${text('list.reviewBy', { date: t.nextReviewOn })}` : ''}`,
        )
      : [text('list.noTias')],
  }
})
