import { describe, expect, it } from 'vitest';
import {
  ContactCard,
  WanggeValidationError,
  parseContactCard,
  parseContactCardJson,
  parseInput,
  type ContactCard as ContactCardType,
} from '../src/index.js';
import { validCard } from './fixtures/contact-card.js';

function failureOf(input: unknown) {
  const result = parseContactCard(input);
  if (result.success) throw new Error('expected the card to be refused');
  return result.error;
}

describe('ContactCard', () => {
  it('parses a valid card and normalises its phone numbers', () => {
    const result = parseContactCard(validCard);
    expect(result.success).toBe(true);
    if (!result.success) return;
    result.data satisfies ContactCardType;
    expect(result.data).toEqual({
      gridId: 'yingze-laojunying-03',
      gridName: '老军营社区第三网格',
      community: { name: '老军营社区', phone: '0351-4045678' },
      worker: { name: '李明', mobile: '13800138000', photoUrl: '/photos/li-ming.jpg' },
    });
  });

  it('accepts a card without the optional grid name and photo', () => {
    const { gridName: _gridName, ...rest } = validCard;
    const card = { ...rest, worker: { name: '王芳', mobile: '13912345678' } };
    expect(parseContactCard(card).success).toBe(true);
  });

  it('reports each invalid field with its path, in zh-CN and en', () => {
    const error = failureOf({
      ...validCard,
      community: { name: '老军营社区', phone: '4045678' },
      worker: { ...validCard.worker, mobile: '12345' },
    });
    expect(error).toBeInstanceOf(WanggeValidationError);
    expect(error.subject).toBe('ContactCard');
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_phone', ['community', 'phone']],
      ['invalid_mobile', ['worker', 'mobile']],
    ]);
    const mobile = error.issues[1];
    expect(mobile?.message['zh-CN']).toContain('手机号码无效');
    expect(mobile?.message.en).toContain('Invalid mobile number');
    expect(mobile?.expected.en).toContain('11-digit');
    expect(error.format('en')).toBe(
      [
        `✖ ${error.issues[0]?.message.en}`,
        '  → community.phone',
        `✖ ${mobile?.message.en}`,
        '  → worker.mobile',
      ].join('\n'),
    );
    expect(error.message).toMatch(
      /^Invalid ContactCard at community\.phone: .*\(and 1 more issue\)$/,
    );
    expect(error.messageIn('zh-CN')).toMatch(
      /^ContactCard 数据无效（community\.phone）.*另有 1 处问题$/,
    );
  });

  it('describes missing and mistyped fields in both languages, naming the kind of value', () => {
    const error = failureOf({
      gridId: 42,
      community: { name: '老军营社区', phone: '0351-4045678' },
    });
    const byPath = new Map(error.issues.map((issue) => [issue.path.join('.'), issue]));
    expect(byPath.get('gridId')?.code).toBe('invalid_type');
    expect(byPath.get('gridId')?.expected.en).toBe('string');
    expect(byPath.get('gridId')?.message.en).toBe('Wrong type: expected text, received a number.');
    expect(byPath.get('gridId')?.message['zh-CN']).toBe('类型不对：应为文本，收到数字。');
    expect(byPath.get('worker')?.message.en).toBe('Missing: expected an object.');
    expect(byPath.get('worker')?.message['zh-CN']).toBe('缺少此项：应为对象。');
  });

  it('refuses unknown keys so that a misspelt field is not silently dropped', () => {
    const error = failureOf({ ...validCard, worker: { ...validCard.worker, moblie: '1' } });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.code).toBe('unrecognized_keys');
    expect(error.issues[0]?.path).toEqual(['worker']);
    expect(error.issues[0]?.message['zh-CN']).toContain('moblie');
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:image/png;base64,AAAA'],
    ['file:///etc/passwd'],
    ['//evil.example/x.png'],
    ['/\\evil.example/x.png'],
    ['java\tscript:alert(1)'],
    ['https://'],
    [''],
  ])('refuses the photo address %j', (photoUrl) => {
    const error = failureOf({ ...validCard, worker: { ...validCard.worker, photoUrl } });
    expect(error.issues[0]?.code).toBe('invalid_photo_url');
    expect(error.issues[0]?.path).toEqual(['worker', 'photoUrl']);
  });

  it.each([['https://img.example.cn/a.jpg'], ['http://intranet/photos/1.png'], ['./photos/1.png']])(
    'accepts the photo address %j',
    (photoUrl) => {
      expect(
        parseContactCard({ ...validCard, worker: { ...validCard.worker, photoUrl } }).success,
      ).toBe(true);
    },
  );

  it.each([null, undefined, 'card', 42, []])('refuses %j as a whole with a root issue', (input) => {
    const error = failureOf(input);
    expect(error.issues[0]?.path).toEqual([]);
    expect(error.issues[0]?.code).toBe('invalid_type');
  });

  it('never copies the offending values into the error', () => {
    const secretMobile = '19987654321x';
    const secretName = '\u0000秘密姓名';
    const error = failureOf({
      ...validCard,
      worker: { name: secretName, mobile: secretMobile },
    });
    const serialized = JSON.stringify({
      message: error.message,
      messages: error.messages,
      issues: error.issues,
      zh: error.format('zh-CN'),
      en: error.format('en'),
      cause: error.cause,
    });
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'worker.name',
      'worker.mobile',
    ]);
    expect(serialized).not.toContain('19987654321');
    expect(serialized).not.toContain('秘密姓名');
  });

  it('reports a value of the wrong type once, not again as too short', () => {
    const input = { ...validCard, gridId: [] };
    const viaSchema = parseInput(ContactCard, input, 'ContactCard');
    for (const result of [parseContactCard(input), viaSchema]) {
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.error.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
        ['invalid_type', 'gridId'],
      ]);
    }
  });

  it('is the schema behind the parse function', () => {
    expect(ContactCard.safeParse(validCard).success).toBe(true);
  });
});

describe('parseContactCardJson', () => {
  it('reads JSON text', () => {
    const result = parseContactCardJson(JSON.stringify(validCard));
    expect(result.success && result.data.worker.mobile).toBe('13800138000');
  });

  it('reports malformed JSON as an invalid_json issue without quoting the text', () => {
    const text = '{"gridId": "g-1", "worker": {"mobile": "13800138000"';
    const result = parseContactCardJson(text);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]?.code).toBe('invalid_json');
    expect(result.error.issues[0]?.path).toEqual([]);
    expect(result.error.messageIn('zh-CN')).toContain('JSON 无法解析');
    expect(result.error.message).not.toContain('13800138000');
  });
});
