/** Same keys as the English source, any string values: keeps translations complete at compile time. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }
