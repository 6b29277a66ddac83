// Pure-JS libraries that ship as hundreds of ES module files, bundled into the CLI and the Electron main
// process instead of loaded from node_modules: Node resolves every module file of an external package on
// start (kysely alone is ~1,000 files), which made `pwb --help` take 1.5 s and 320 MB. Native and
// CommonJS packages with files of their own (SQLite, pdfmake, pdfkit, exceljs) stay external.
export const BUNDLED_DEPS = ['kysely', 'date-fns', '@date-fns/tz', 'zod', 'i18next']
