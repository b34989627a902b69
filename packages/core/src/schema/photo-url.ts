import * as z from 'zod/mini';
import { isPhotoUrl } from '../format/photo-url.js';

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
export const PhotoUrl = /* @__PURE__ */ (() =>
  z.string().check(z.trim(), z.refine(isPhotoUrl, { params: { wangge: 'invalid_photo_url' } })))();
/** A photo address, absolute http(s) or site-relative. */
export type PhotoUrl = z.output<typeof PhotoUrl>;
