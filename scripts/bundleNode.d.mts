/** Bundles one TypeScript entry into a Node ESM file in outDir; resolves to the file's path. */
export declare function bundleNode(entry: string, outDir: string, fileName: string): Promise<string>
