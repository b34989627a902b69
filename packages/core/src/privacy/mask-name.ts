import { WanggeError } from '../errors/wangge-error.js';
import { MESSAGES } from '../i18n/messages.js';
import { isPersonName } from '../format/person-name.js';

/**
 * Masks a person's name for display (姓名脱敏): only the first character of each word stays
 * visible, every other character becomes `*`, so the length is kept but nothing beyond the
 * surname is revealed: `李明` → `李*`, `欧阳修` → `欧**`, `Li Ming` → `L* M***`.
 *
 * @throws {@link WanggeError} `invalid_person_name` for an empty name or one with control
 * characters.
 *
 * @example
 * ```ts
 * import { maskName } from '@wangge/core';
 * maskName('李明'); // '李*'
 * maskName('张小明'); // '张**'
 * ```
 */
export function maskName(value: string): string {
  const name = value.trim();
  if (!isPersonName(name)) {
    throw new WanggeError('invalid_person_name', MESSAGES.invalid_person_name.message);
  }
  return name
    .split(/(\s+)/)
    .map((word) => {
      if (/^\s*$/.test(word)) return word;
      const [first = '', ...rest] = Array.from(word);
      return first + '*'.repeat(rest.length);
    })
    .join('');
}
