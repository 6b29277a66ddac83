/**
 * A stored record without its timestamps: what a save compares with the record before it (an unchanged
 * record is not written again), what an import starts a row's update from, and what tests compare.
 */
export const withoutTimes = <T extends { createdAt: string; updatedAt: string }>({
  createdAt: _c,
  updatedAt: _u,
  ...rest
}: T): Omit<T, 'createdAt' | 'updatedAt'> => rest
