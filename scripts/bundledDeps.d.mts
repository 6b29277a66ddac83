export declare const BUNDLED_DEPS: string[]
