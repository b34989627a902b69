import type { LocalizedText } from './localized-text.js';

/**
 * The codes of wangge's own validation messages. Each names one thing that can be wrong with a
 * value, independent of where the value sits.
 *
 * @example
 * ```ts
 * import type { MessageCode } from '@wangge/core';
 * const code: MessageCode = 'invalid_mobile';
 * ```
 */
export type MessageCode =
  | 'invalid_mobile'
  | 'invalid_landline'
  | 'invalid_phone'
  | 'invalid_person_name'
  | 'invalid_photo_url'
  | 'invalid_id_number'
  | 'invalid_timestamp'
  | 'invalid_list'
  | 'invalid_json';

/**
 * One entry of the {@link MESSAGES} catalogue.
 *
 * @example
 * ```ts
 * import { MESSAGES, type MessageEntry } from '@wangge/core';
 * const entry: MessageEntry = MESSAGES.invalid_phone;
 * ```
 */
export interface MessageEntry {
  /** What a valid value looks like, in a form short enough for a field hint. */
  readonly expected: LocalizedText;
  /** The full sentence shown to a user. */
  readonly message: LocalizedText;
}

/**
 * wangge's message catalogue for its own validation codes, in zh-CN and en.
 * Messages never contain the offending value: it may be a resident's personal data.
 *
 * @example
 * ```ts
 * import { MESSAGES } from '@wangge/core';
 * MESSAGES.invalid_mobile.message.en;
 * // 'Invalid mobile number: expected 11 digits starting with 13–19, e.g. 138 0013 8000.'
 * ```
 */
export const MESSAGES: Readonly<Record<MessageCode, MessageEntry>> = {
  invalid_mobile: {
    expected: {
      'zh-CN': '11 位中国大陆手机号，以 13–19 开头',
      en: '11-digit mainland China mobile number starting with 13–19',
    },
    message: {
      'zh-CN': '手机号码无效：应为以 13–19 开头的 11 位数字，例如 138 0013 8000。',
      en: 'Invalid mobile number: expected 11 digits starting with 13–19, e.g. 138 0013 8000.',
    },
  },
  invalid_landline: {
    expected: {
      'zh-CN': '带区号的固定电话，例如 0351-4045678',
      en: 'landline number with area code, e.g. 0351-4045678',
    },
    message: {
      'zh-CN': '固定电话无效：应为区号加 7–8 位号码（不以 0 开头），例如 0351-4045678。',
      en: 'Invalid landline number: expected an area code and a 7–8 digit number not starting with 0, e.g. 0351-4045678.',
    },
  },
  invalid_phone: {
    expected: {
      'zh-CN': '手机号或带区号的固定电话',
      en: 'mobile number or landline number with area code',
    },
    message: {
      'zh-CN':
        '电话号码无效：应为 11 位手机号（如 138 0013 8000）或带区号的固定电话（如 0351-4045678）。',
      en: 'Invalid phone number: expected an 11-digit mobile number (e.g. 138 0013 8000) or a landline with area code (e.g. 0351-4045678).',
    },
  },
  invalid_person_name: {
    expected: {
      'zh-CN': '1–50 个字符的姓名，不含控制字符',
      en: 'a name of 1–50 characters without control characters',
    },
    message: {
      'zh-CN': '姓名无效：应为 1–50 个字符，且不含控制字符。',
      en: 'Invalid name: expected 1–50 characters without control characters.',
    },
  },
  invalid_photo_url: {
    expected: {
      'zh-CN': 'http(s) 地址或站内路径',
      en: 'an http(s) URL or a site path',
    },
    message: {
      'zh-CN': '照片地址无效：应为 http(s) 地址或以 / 开头的站内路径。',
      en: 'Invalid photo URL: expected an http(s) URL or a path starting with /.',
    },
  },
  invalid_id_number: {
    expected: {
      'zh-CN': '18 位居民身份证号码，校验位正确',
      en: '18-character resident identity number with a valid check character',
    },
    message: {
      'zh-CN': '身份证号码无效：应为 18 位，含有效出生日期和校验位。',
      en: 'Invalid identity number: expected 18 characters with a valid birth date and check character.',
    },
  },
  invalid_timestamp: {
    expected: {
      'zh-CN': '带时区偏移的 ISO 8601 时间，例如 2026-11-26T09:30:00+08:00',
      en: 'an ISO 8601 time with offset, e.g. 2026-11-26T09:30:00+08:00',
    },
    message: {
      'zh-CN': '时间无效：应为带时区偏移的 ISO 8601 时间，例如 2026-11-26T09:30:00+08:00。',
      en: 'Invalid time: expected ISO 8601 with an offset, e.g. 2026-11-26T09:30:00+08:00.',
    },
  },
  invalid_list: {
    expected: { 'zh-CN': 'JSON 数组（列表）', en: 'a JSON array (a list)' },
    message: {
      'zh-CN': '此处应为列表（JSON 数组），例如 "grids": [...]。',
      en: 'Expected a list (a JSON array) here, e.g. "grids": [...].',
    },
  },
  invalid_json: {
    expected: { 'zh-CN': '合法的 JSON 文本', en: 'well-formed JSON text' },
    message: {
      'zh-CN': 'JSON 无法解析：请检查引号、逗号和括号。',
      en: 'The JSON could not be parsed: check its quotes, commas and brackets.',
    },
  },
};
