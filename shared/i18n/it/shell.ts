import type { DeepStrings } from '../types'
import type { shell as en } from '../en/shell'

// Menu names follow the Italian conventions of Windows and macOS (Modifica, Visualizza, Esci, Apri recenti).
export const shell: DeepStrings<typeof en> = {
  menu: {
    file: 'File',
    newWorkspace: 'Nuovo archivio…',
    openWorkspace: 'Apri archivio…',
    openRecent: 'Apri recenti',
    noRecent: 'Nessun archivio recente',
    closeWorkspace: 'Chiudi archivio',
    quit: 'Esci',
    edit: 'Modifica',
    view: 'Visualizza',
    window: 'Finestra',
    help: 'Aiuto',
    about: 'Informazioni su Privacy Workbench',
  },
  dialog: {
    newTitle: 'Nuovo archivio',
    newButton: 'Crea',
    openTitle: 'Apri archivio',
    openButton: 'Apri',
    filterName: 'Archivio di Privacy Workbench',
    importTitle: 'Importa nel registro',
    importButton: 'Importa',
    exportTitle: 'Esporta il registro',
    exportButton: 'Esporta',
    spreadsheetFilter: 'Fogli di calcolo',
    kindFilter: { xlsx: 'Cartella di lavoro di Excel', csv: 'CSV (valori separati da virgola)' },
  },
  message: {
    openFailed: 'Impossibile aprire l’archivio',
    closeFailed: 'Impossibile chiudere l’archivio',
    aboutDetail:
      'Versione {{version}}\n\nUno strumento offline per la conformità privacy. Gli archivi restano su questo computer.',
  },
}
