import type { ImporterRole } from '../../domain/transfers/transfer'

/**
 * The SCC 2021/914 module that fits the parties' roles (REFERENCE.md §5.3): 1 controller→controller,
 * 2 controller→processor, 3 processor→processor, 4 processor→controller. A joint controller counts
 * as a controller; a sub-processor as a processor.
 */
export function expectedSccModule(
  exporterRole: 'controller' | 'processor',
  importerRole: ImporterRole,
): 1 | 2 | 3 | 4 {
  const importerIsProcessor = importerRole === 'processor' || importerRole === 'sub_processor'
  if (exporterRole === 'controller') return importerIsProcessor ? 2 : 1
  return importerIsProcessor ? 3 : 4
}
