/** The strict policy of the example pages and the browser tests (see the .mjs beside this file). */
export declare const CONTENT_SECURITY_POLICY: string;
