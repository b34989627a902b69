import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseInput } from '../src/index.js';

const messages = (schema: z.ZodMiniType, value: unknown) => {
  const result = parseInput(schema, value, 'Test');
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map((issue) => [issue.code, issue.message['zh-CN'], issue.message.en]);
};

describe('messages of zod’s own issue kinds', () => {
  it.each([
    [
      z.string(),
      12,
      [
        'invalid_type',
        '类型不对：应为文本，收到数字。',
        'Wrong type: expected text, received a number.',
      ],
    ],
    [
      z.strictObject({ a: z.number() }),
      {},
      ['invalid_type', '缺少此项：应为数字。', 'Missing: expected a number.'],
    ],
    [
      z.string().check(z.minLength(3)),
      'ab',
      [
        'too_small',
        '过小或过短：应至少 3 个字符。',
        'Too small or short: expected at least 3 characters.',
      ],
    ],
    [
      z.array(z.string()).check(z.maxLength(1)),
      ['a', 'b'],
      ['too_big', '过大或过长：应至多 1 项。', 'Too big or long: expected at most 1 item.'],
    ],
    [
      z.number().check(z.positive()),
      0,
      ['too_small', '过小或过短：应大于 0。', 'Too small or short: expected > 0.'],
    ],
    [
      z.enum(['grid', 'community']),
      'city',
      [
        'invalid_value',
        '取值无效：应为 "grid"、"community" 之一。',
        'Invalid value: expected one of "grid", "community".',
      ],
    ],
    [
      z.strictObject({}),
      { moblie: 1 },
      [
        'unrecognized_keys',
        '有未知的字段：moblie（请检查拼写）。',
        'Unknown field: moblie (check the spelling).',
      ],
    ],
    [
      z.iso.datetime({ offset: true }),
      '2026-11-26',
      ['invalid_format', '格式无效：应为 datetime。', 'Invalid format: expected datetime.'],
    ],
    [
      z.union([z.string(), z.number()]),
      true,
      ['invalid_union', '不符合任何一种允许的形式。', 'Matches none of the allowed forms.'],
    ],
  ] as const)('%#: explains what was expected, never the value', (schema, value, expected) => {
    const [first] = messages(schema, value);
    expect(first).toEqual(expected);
    expect(JSON.stringify(first)).not.toContain('moblie": 1');
  });
});
