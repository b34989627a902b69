const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers drop tabs and newlines inside URLs (`java\tscript:`) and read `\` as `/`
// (`/\host` is protocol-relative), so none of them is allowed anywhere.
// eslint-disable-next-line no-control-regex
const TRICKY = /[\s\u0000-\u001f\u007f\\]/;

/**
 * Tells whether a value is a safe photo or media address: an absolute `http:`/`https:` URL or a
 * site-relative path, without whitespace, control characters or backslashes, not
 * protocol-relative.
 *
 * @example
 * ```ts
 * import { isPhotoUrl } from '@wangge/core';
 * isPhotoUrl('/photos/1.jpg'); // true
 * isPhotoUrl('javascript:alert(1)'); // false
 * ```
 */
export function isPhotoUrl(value: string): boolean {
  if (value === '' || value.length > 2048 || TRICKY.test(value)) return false;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    return (scheme === 'http' || scheme === 'https') && /^[a-z]+:\/\/[^/?#]+/i.test(value);
  }
  // A relative reference; protocol-relative (`//host/x`) would silently take another host.
  return !value.startsWith('//');
}
