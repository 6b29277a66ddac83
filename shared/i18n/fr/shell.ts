import type { DeepStrings } from '../types'
import type { shell as en } from '../en/shell'

// Menu names follow the French conventions of Windows and macOS (Fichier, Édition, Affichage, Fenêtre,
// Aide, Quitter). Undo, Cut, Copy, Paste… are Electron roles: the system labels them, no key here.
export const shell: DeepStrings<typeof en> = {
  menu: {
    file: 'Fichier',
    newWorkspace: 'Nouvel espace de travail…',
    openWorkspace: 'Ouvrir un espace de travail…',
    openRecent: 'Ouvrir un élément récent',
    noRecent: 'Aucun espace de travail récent',
    closeWorkspace: 'Fermer l’espace de travail',
    quit: 'Quitter',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    about: 'À propos de Privacy Workbench',
  },
  dialog: {
    newTitle: 'Nouvel espace de travail',
    newButton: 'Créer',
    openTitle: 'Ouvrir un espace de travail',
    openButton: 'Ouvrir',
    filterName: 'Espace de travail Privacy Workbench',
    importTitle: 'Importer dans le registre',
    importButton: 'Importer',
    exportTitle: 'Exporter le registre',
    exportButton: 'Exporter',
    spreadsheetFilter: 'Feuilles de calcul',
    kindFilter: { xlsx: 'Classeur Excel', csv: 'CSV (valeurs séparées par des virgules)' },
  },
  message: {
    openFailed: 'Impossible d’ouvrir l’espace de travail',
    closeFailed: 'Impossible de fermer l’espace de travail',
    aboutDetail:
      'Version {{version}}\n\nUn outil hors ligne pour la conformité en matière de protection des données. Vos espaces de travail restent sur cet ordinateur.',
  },
}
