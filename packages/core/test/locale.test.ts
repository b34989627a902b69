import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  MESSAGES,
  SUPPORTED_LOCALES,
  formatPath,
  resolveLocale,
} from '../src/index.js';

describe('resolveLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['ZH_tw', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['fr', 'zh-CN'],
    ['', 'zh-CN'],
    [undefined, 'zh-CN'],
    [null, 'zh-CN'],
  ])('resolves %j to %j', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });

  it('defaults to Chinese', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(SUPPORTED_LOCALES).toEqual(['zh-CN', 'en']);
  });
});

describe('the message catalogue', () => {
  it('has a message and an expected value in every supported language for every code', () => {
    for (const [code, entry] of Object.entries(MESSAGES)) {
      for (const locale of SUPPORTED_LOCALES) {
        expect(entry.message[locale], `${code} message ${locale}`).toMatch(/\S/);
        expect(entry.expected[locale], `${code} expected ${locale}`).toMatch(/\S/);
      }
      expect(entry.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.message.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('formatPath', () => {
  it('formats keys and indexes the way they are written in JavaScript', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['worker', 'mobile'])).toBe('worker.mobile');
    expect(formatPath(['grids', 3, 'id'])).toBe('grids[3].id');
    expect(formatPath([0, 'x'])).toBe('[0].x');
  });
});
