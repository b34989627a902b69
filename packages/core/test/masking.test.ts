import { describe, expect, it } from 'vitest';
import { WanggeError, maskName, maskPhone } from '../src/index.js';
import { fc } from './support/fast-check.js';

describe('maskPhone', () => {
  it.each([
    ['13800138000', '138****8000'],
    ['+86 139-1234-5678', '139****5678'],
    ['0351-4045678', '0351-***5678'],
    ['010 88886666', '010-****6666'],
  ])('masks %j as %j', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it.each(['', 'abc', '12345', '139 0013 800', 'javascript:alert(1)'])(
    'refuses %j with a typed, localised error that does not repeat the input',
    (input) => {
      let caught: unknown;
      try {
        maskPhone(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(WanggeError);
      const error = caught as WanggeError;
      expect(error.code).toBe('invalid_phone');
      expect(error.messageIn('zh-CN')).toContain('电话号码无效');
      expect(error.messageIn('en')).toContain('Invalid phone number');
      if (input.length > 3) expect(error.message).not.toContain(input);
    },
  );

  it('never shows the middle four digits of a mobile, and keeps the first three and last four', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('3', '4', '5', '6', '7', '8', '9'),
        fc.stringMatching(/^\d{9}$/),
        (second, rest) => {
          const mobile = `1${second}${rest}`;
          const masked = maskPhone(mobile);
          return (
            masked.length === 11 &&
            masked.slice(0, 3) === mobile.slice(0, 3) &&
            masked.slice(3, 7) === '****' &&
            masked.slice(7) === mobile.slice(7)
          );
        },
      ),
    );
  });
});

describe('maskName', () => {
  it.each([
    ['李明', '李*'],
    ['张小明', '张**'],
    ['欧阳修', '欧**'],
    ['  王五 ', '王*'],
    ['Li Ming', 'L* M***'],
    ['李', '李'],
    ['𠀋明', '𠀋*'],
  ])('masks %j as %j', (input, expected) => {
    expect(maskName(input)).toBe(expected);
  });

  it.each(['', '   ', 'a\u0000b', 'x'.repeat(51)])('refuses %j with a typed error', (input) => {
    expect(() => maskName(input)).toThrow(WanggeError);
    try {
      maskName(input);
    } catch (error) {
      expect((error as WanggeError).code).toBe('invalid_person_name');
    }
  });

  it('keeps the length in characters and reveals only the first character of each word', () => {
    const word = fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 6 }).filter(
      // eslint-disable-next-line no-control-regex -- the characters a name may not contain
      (w) => !/[\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(w),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), (words) => {
        const name = words.join(' ');
        fc.pre(Array.from(name).length <= 50);
        const masked = maskName(name);
        const maskedWords = masked.split(' ');
        return (
          maskedWords.length === words.length &&
          maskedWords.every((m, i) => {
            const chars = Array.from(words[i] ?? '');
            const out = Array.from(m);
            return (
              out.length === chars.length &&
              out[0] === chars[0] &&
              out.slice(1).every((c) => c === '*')
            );
          })
        );
      }),
    );
  });
});
