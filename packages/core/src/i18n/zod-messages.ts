import type * as z from 'zod/mini';
import type { LocalizedText } from './localized-text.js';

// The kinds of value a message can name, in both languages.
const KINDS: Readonly<Record<string, LocalizedText>> = {
  string: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  int: { 'zh-CN': '整数', en: 'an integer' },
  boolean: { 'zh-CN': '布尔值', en: 'true or false' },
  object: { 'zh-CN': '对象', en: 'an object' },
  array: { 'zh-CN': '列表', en: 'a list' },
  null: { 'zh-CN': '空值（null）', en: 'null' },
  undefined: { 'zh-CN': '空缺', en: 'nothing' },
  nan: { 'zh-CN': 'NaN', en: 'NaN' },
  bigint: { 'zh-CN': '大整数', en: 'a bigint' },
  date: { 'zh-CN': '日期', en: 'a date' },
};

const kind = (name: string, locale: 'zh-CN' | 'en') => KINDS[name]?.[locale] ?? name;

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

const UNITS: Readonly<Record<string, LocalizedText>> = {
  string: { 'zh-CN': '个字符', en: 'characters' },
  array: { 'zh-CN': '项', en: 'items' },
  set: { 'zh-CN': '项', en: 'items' },
  file: { 'zh-CN': '字节', en: 'bytes' },
};

function bound(
  issue: { readonly origin: string; readonly inclusive?: boolean },
  limit: string,
  more: boolean,
  locale: 'zh-CN' | 'en',
): string {
  const plural = UNITS[issue.origin]?.[locale];
  // English counts one character, two characters.
  const unit = locale === 'en' && limit === '1' ? plural?.replace(/s$/, '') : plural;
  const inclusive = issue.inclusive ?? true;
  if (locale === 'zh-CN') {
    if (unit)
      return `应${more ? (inclusive ? '至少' : '多于') : inclusive ? '至多' : '少于'} ${limit} ${unit}`;
    return `应${more ? (inclusive ? '不小于' : '大于') : inclusive ? '不大于' : '小于'} ${limit}`;
  }
  if (unit) {
    return `expected ${more ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'fewer than'} ${limit} ${unit}`;
  }
  return `expected ${more ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<'} ${limit}`;
}

/**
 * The message of one of zod's own issue kinds (a missing field, a wrong type, a value out of
 * range, an unknown key…) in zh-CN and en, naming what was expected and, when the input was
 * kept, what kind of value came. It never quotes the value itself.
 *
 * @internal
 */
export function zodIssueMessage(issue: z.core.$ZodIssue): LocalizedText {
  switch (issue.code) {
    case 'invalid_type': {
      const got = 'input' in issue ? received(issue.input) : undefined;
      const expected = issue.expected;
      if (got === 'undefined') {
        return {
          'zh-CN': `缺少此项：应为${kind(expected, 'zh-CN')}。`,
          en: `Missing: expected ${kind(expected, 'en')}.`,
        };
      }
      return {
        'zh-CN': `类型不对：应为${kind(expected, 'zh-CN')}${got ? `，收到${kind(got, 'zh-CN')}` : ''}。`,
        en: `Wrong type: expected ${kind(expected, 'en')}${got ? `, received ${kind(got, 'en')}` : ''}.`,
      };
    }
    case 'too_big':
    case 'too_small': {
      const limit = String(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const more = issue.code === 'too_small';
      return {
        'zh-CN': `${more ? '过小或过短' : '过大或过长'}：${bound(issue, limit, more, 'zh-CN')}。`,
        en: `Too ${more ? 'small or short' : 'big or long'}: ${bound(issue, limit, more, 'en')}.`,
      };
    }
    case 'invalid_value':
      return {
        'zh-CN': `取值无效：应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一。`,
        en: `Invalid value: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
      };
    case 'invalid_format':
      return {
        'zh-CN': `格式无效：应为 ${issue.format === 'regex' ? '规定格式' : issue.format}。`,
        en: `Invalid format: expected ${issue.format === 'regex' ? 'the required pattern' : issue.format}.`,
      };
    case 'not_multiple_of':
      return {
        'zh-CN': `数值无效：应为 ${String(issue.divisor)} 的倍数。`,
        en: `Invalid number: expected a multiple of ${String(issue.divisor)}.`,
      };
    case 'unrecognized_keys':
      return {
        'zh-CN': `有未知的字段：${issue.keys.join('、')}（请检查拼写）。`,
        en: `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')} (check the spelling).`,
      };
    case 'invalid_union':
      return {
        'zh-CN': '不符合任何一种允许的形式。',
        en: 'Matches none of the allowed forms.',
      };
    case 'invalid_key':
      return { 'zh-CN': '键无效。', en: 'Invalid key.' };
    case 'invalid_element':
      return { 'zh-CN': '包含无效的元素。', en: 'Contains an invalid element.' };
    default:
      return { 'zh-CN': '输入无效。', en: 'Invalid input.' };
  }
}
