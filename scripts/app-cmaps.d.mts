export declare const CMAP_DIR: string;
export declare function appCMapNames(dir?: string): string[];
export declare function packCMaps(dir?: string): { names: string[]; sizes: number[]; deflated: string; bytes: number; packed: number };
