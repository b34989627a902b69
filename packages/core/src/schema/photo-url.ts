import * as z from 'zod/mini';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers drop tabs and newlines inside URLs (`java\tscript:`) and read `\` as `/`
// (`/\host` is protocol-relative), so none of them is allowed anywhere.
// eslint-disable-next-line no-control-regex
const TRICKY = /[\s\u0000-\u001f\u007f\\]/;

function isPhotoUrl(value: string): boolean {
  if (value === '' || value.length > 2048 || TRICKY.test(value)) return false;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    return (scheme === 'http' || scheme === 'https') && /^[a-z]+:\/\/[^/?#]+/i.test(value);
  }
  // A relative reference; protocol-relative (`//host/x`) would silently take another host.
  return !value.startsWith('//');
}

/**
 * The address of a photo: an absolute `http:`/`https:` URL, or a path on the host site
 * (`/photos/1.jpg`, `./a.png`). Other schemes (`javascript:`, `data:`, `file:`), protocol-relative
 * addresses and addresses with whitespace, control characters or backslashes are refused, so that
 * a photo address can never run script, read local files or point at another host by accident.
 *
 * @example
 * ```ts
 * import { PhotoUrl } from '@wangge/core';
 * PhotoUrl.parse('/photos/li-ming.jpg'); // '/photos/li-ming.jpg'
 * PhotoUrl.safeParse('javascript:alert(1)').success; // false
 * ```
 */
export const PhotoUrl = z
  .string()
  .check(z.trim(), z.refine(isPhotoUrl, { params: { wangge: 'invalid_photo_url' } }));
/** A photo address, absolute http(s) or site-relative. */
export type PhotoUrl = z.output<typeof PhotoUrl>;
