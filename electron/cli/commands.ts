// The `pwb` commands and their help text, kept apart from the runner so the help is the single list.
export const HELP = `pwb — Privacy Workbench on the command line (the same core as the app)

Usage:
  pwb init FILE --org NAME --country CC --tz ZONE [--lang en|it|fr]
                           create a workspace for an organisation
  pwb profile FILE [--json] [--set FIELD=VALUE ...] [--from-json PROFILE.json]
                           print the organisation profile, or change it (audited)
  pwb audit FILE [--json] [--limit N]
                           list the audit log, newest first
  pwb verify FILE [--json] integrity check + audit chain: exit 0 if intact,
                           1 naming the first broken entry
  pwb report FILE --type TYPE --out OUT.pdf [--case ID] [--lang en|it|fr]
                           write a PDF report (default language: the workspace's). TYPE:
                           summary; ropa (Art. 30 register); dsar (requests register);
                           dsar-case --case ID (closing pack); dsar-letter --case LETTER_NO;
                           breach (breach register); breach-case | breach-sa-draft |
                           breach-subject-draft --case ID; transfers; tia --case ID
  pwb list FILE --type activities|vendors|findings|dsar|breach|tia [--json]
                           list register entries, completeness findings, or cases (with the ids --case takes)
  pwb demo FILE [--sample vimage|virtual-contact]
                           create a demo workspace (default: Vimage S.r.l., English;
                           virtual-contact: a controller that is also a processor)
  pwb import FILE --type activities|vendors --in IN.xlsx|IN.csv [--dry-run]
                           import the register (all rows or none; errors name row and column)
  pwb export FILE --type activities|vendors --out OUT.xlsx|OUT.csv
                           export the register (docs/register-import-format.md)
  pwb deadline dsar --regime gdpr|uk|ccpa|lgpd|fadp --received YYYY-MM-DD [--country CC] [--type T] [--json]
                           legal answer dates for a data-subject request (no workspace needed;
                           pwb deadline dsar --help for every option)
  pwb deadline breach --regime gdpr|uk|nis2|dora|eprivacy|lgpd|hipaa|fadp --aware ISO [--tz ZONE] [--json]
                           legal notification clocks for a breach (no workspace needed;
                           pwb deadline breach --help for every option)
  pwb --help | --version

Exit codes: 0 ok, 1 verification failed, 2 bad usage or an error (message on stderr).
FIELD uses dots for nested fields, e.g. --set dpo.appointed=true --set dpo.email=dpo@example.com;
lists take commas, e.g. --set roles=controller,processor.`
