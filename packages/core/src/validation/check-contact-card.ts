import type * as z from 'zod/mini';
import { WanggeValidationError } from '../errors/validation-error.js';
import { normalizeMobile, normalizePhone } from '../format/phone.js';
import { isPersonName } from '../format/person-name.js';
import { isPhotoUrl } from '../format/photo-url.js';
import type { ContactCard } from '../schema/contact-card.js';
import type { ParseResult } from './parse-result.js';
import { toValidationIssue } from './zod-issues.js';

type Path = (string | number)[];
type Issue = z.core.$ZodIssue;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The same checks as the `ContactCard` schema, written out: the contact card is the one record
// a page may show with nothing else of wangge, and zod would triple its weight. The issues are
// built in zod's shape, so that they read exactly as the schema's (tested against it).
class Checker {
  readonly issues: Issue[] = [];

  /** Checks that `value` is an object; its unknown keys are reported by {@link Checker.known}. */
  object(value: unknown, path: Path): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.issues.push({
      code: 'invalid_type',
      expected: 'object',
      input: value,
      path,
      message: '',
    });
    return undefined;
  }

  /** Reports keys outside `keys`, after the object's fields, where zod reports them. */
  known(value: Record<string, unknown> | undefined, path: Path, keys: readonly string[]): void {
    if (!value) return;
    const unknown = Object.keys(value).filter((key) => !keys.includes(key));
    if (unknown.length === 0) return;
    this.issues.push({
      code: 'unrecognized_keys',
      keys: unknown,
      input: value,
      path,
      message: '',
    });
  }

  text(value: unknown, path: Path, max: number, optional = false): string | undefined {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string') {
      this.issues.push({
        code: 'invalid_type',
        expected: 'string',
        input: value,
        path,
        message: '',
      });
      return undefined;
    }
    const text = value.trim();
    if (text.length < 1 || text.length > max) {
      const small = text.length < 1;
      this.issues.push({
        code: small ? 'too_small' : 'too_big',
        origin: 'string',
        ...(small ? { minimum: 1 } : { maximum: max }),
        inclusive: true,
        input: text,
        path,
        message: '',
      } as Issue);
      return undefined;
    }
    return text;
  }

  custom(
    value: unknown,
    path: Path,
    code: string,
    read: (text: string) => string | undefined,
    trim: boolean,
    optional = false,
  ): string | undefined {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string') {
      this.issues.push({
        code: 'invalid_type',
        expected: 'string',
        input: value,
        path,
        message: '',
      });
      return undefined;
    }
    const read_ = read(trim ? value.trim() : value);
    if (read_ === undefined) {
      this.issues.push({
        code: 'custom',
        params: { wangge: code },
        input: value,
        path,
        message: code,
      });
    }
    return read_;
  }
}

/**
 * Reads a contact card (连心卡) without zod: the checks of the `ContactCard` schema, with the same
 * issues, paths and messages. What `parseContactCard` does.
 *
 * @internal
 */
export function checkContactCard(input: unknown): ParseResult<ContactCard> {
  const c = new Checker();
  const card = c.object(input, []);
  let result: ContactCard | undefined;
  if (card) {
    const gridId = c.text(card.gridId, ['gridId'], 64);
    const gridName = c.text(card.gridName, ['gridName'], 100, true);
    const community = c.object(card.community, ['community']);
    const name = community && c.text(community.name, ['community', 'name'], 100);
    const phone =
      community &&
      c.custom(community.phone, ['community', 'phone'], 'invalid_phone', normalizePhone, false);
    c.known(community, ['community'], ['name', 'phone']);
    const worker = c.object(card.worker, ['worker']);
    const workerName =
      worker &&
      c.custom(
        worker.name,
        ['worker', 'name'],
        'invalid_person_name',
        (t) => (isPersonName(t) ? t : undefined),
        true,
      );
    const mobile =
      worker &&
      c.custom(worker.mobile, ['worker', 'mobile'], 'invalid_mobile', normalizeMobile, false);
    const photoUrl =
      worker &&
      c.custom(
        worker.photoUrl,
        ['worker', 'photoUrl'],
        'invalid_photo_url',
        (t) => (isPhotoUrl(t) ? t : undefined),
        true,
        true,
      );
    c.known(worker, ['worker'], ['name', 'mobile', 'photoUrl']);
    c.known(card, [], ['gridId', 'gridName', 'community', 'worker']);
    if (c.issues.length === 0 && gridId && name && phone && workerName && mobile) {
      result = {
        gridId,
        ...(gridName === undefined ? {} : { gridName }),
        community: { name, phone },
        worker: { name: workerName, mobile, ...(photoUrl === undefined ? {} : { photoUrl }) },
      };
    }
  }
  if (result) return { success: true, data: result };
  return {
    success: false,
    error: new WanggeValidationError(
      'ContactCard',
      c.issues.map((issue) => toValidationIssue(issue)),
    ),
  };
}
