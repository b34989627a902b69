// The Content-Security-Policy the example pages are served with (scripts/example-server.mjs) and
// the browser tests enforce (packages/elements/src/test-support/strict-csp.ts): one policy, so
// that what the unit tests check is what a host is told to deploy.

/**
 * The policy the example pages are served with, and the one we recommend to hosts: no inline
 * script or style, no eval, DOM sinks locked by Trusted Types (Lit's `lit-html` policy only).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
