// Types for the CommonJS helper, so TypeScript tests can import it without allowJs.
export declare function rewriteManifestUrls(xml: string, devUrl: string, prodUrl: string): string;
