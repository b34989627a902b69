import * as z from 'zod/mini';
import { PersonName } from './person-name.js';
import { MobilePhone, PhoneNumber } from './phone.js';
import { PhotoUrl } from './photo-url.js';

/**
 * A grid's contact card (连心卡): the card handed to every household so that residents can
 * reach their community and their grid worker (网格员) directly. It carries the community's
 * name and phone, the grid worker's name, photo and mobile number, and the grid it serves.
 *
 * Phone numbers are read as people write them and stored canonically; unknown keys are
 * refused so that a misspelt field is reported instead of silently dropped.
 *
 * @example
 * ```ts
 * import { ContactCard } from '@wangge/core';
 * const card = ContactCard.parse({
 *   gridId: 'yingze-laojunying-03',
 *   gridName: '老军营社区第三网格',
 *   community: { name: '老军营社区', phone: '0351-4045678' },
 *   worker: { name: '李明', mobile: '138 0013 8000', photoUrl: '/photos/li-ming.jpg' },
 * });
 * card.worker.mobile; // '13800138000'
 * ```
 */
export const ContactCard = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The id of the grid (网格) the card belongs to. */
    gridId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
    /** The grid's display name, e.g. `老军营社区第三网格`. */
    gridName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
    /** The community (社区) that runs the grid. */
    community: z.strictObject({
      /** The community's name, e.g. `老军营社区`. */
      name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
      /** The community office's phone: a landline with area code or a mobile. */
      phone: PhoneNumber,
    }),
    /** The grid worker (网格员) responsible for the grid. */
    worker: z.strictObject({
      name: PersonName,
      /** The worker's mobile (personal data: masked by default wherever it is shown). */
      mobile: MobilePhone,
      /** The worker's photo. */
      photoUrl: z.optional(PhotoUrl),
    }),
  }))();
/** A parsed contact card (连心卡), with canonical phone numbers. */
export type ContactCard = z.output<typeof ContactCard>;
/** A contact card as written in JSON, before normalisation. */
export type ContactCardInput = z.input<typeof ContactCard>;
