export declare const previewDir: string;
export declare function buildPreview(): Promise<void>;
