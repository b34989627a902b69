import type { Random } from './random.js';

// Weights in tenths of a percent of the population, national order from the 2020 census, with
// the surnames that are much commoner in Shanxi (郭, 武, 贾, 郝, 霍, 阎, 薛, …) weighted up.
// prettier-ignore
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 78], ['李', 72], ['张', 68], ['刘', 56], ['陈', 40], ['杨', 32], ['赵', 30], ['黄', 16],
  ['周', 20], ['吴', 16], ['郭', 28], ['徐', 15], ['孙', 17], ['胡', 12], ['朱', 12], ['高', 16],
  ['林', 8], ['何', 10], ['马', 13], ['罗', 7], ['梁', 12], ['宋', 10], ['郑', 8], ['谢', 6],
  ['韩', 11], ['唐', 6], ['冯', 9], ['于', 6], ['董', 8], ['程', 7], ['曹', 8], ['许', 7],
  ['邓', 5], ['吕', 7], ['苏', 6], ['范', 6], ['孟', 6], ['秦', 6], ['崔', 6], ['姚', 5],
  ['武', 14], ['贾', 12], ['郝', 11], ['霍', 8], ['阎', 7], ['闫', 7], ['薛', 8], ['任', 9],
  ['白', 8], ['田', 8], ['乔', 7], ['温', 6], ['段', 6], ['侯', 7], ['常', 7], ['康', 5],
  ['牛', 5], ['史', 6], ['申', 5], ['冀', 4], ['裴', 4], ['卫', 3], ['杜', 7], ['翟', 4],
];

const MALE = Array.from(
  '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林峰建国志文海亮晨博轩睿航泽斌晋',
);
const FEMALE = Array.from(
  '芳娜敏静丽艳娟霞秀燕玲婷慧莉萍红琳颖洁雪梅琴云倩欣怡悦晶佳璐瑶萱涵彤诗雨丹',
);
// Names that mark a generation: what people born before the 1960s or after 2005 were called.
const OLD_MALE = [
  '建国',
  '建华',
  '国庆',
  '志强',
  '德明',
  '福林',
  '长海',
  '宝山',
  '振华',
  '玉林',
  '拴柱',
  '满仓',
  '援朝',
  '根旺',
  '存喜',
];
const OLD_FEMALE = [
  '秀英',
  '桂英',
  '玉兰',
  '桂兰',
  '淑珍',
  '凤英',
  '秀兰',
  '翠花',
  '金花',
  '素梅',
  '玉梅',
  '月娥',
  '润莲',
  '改枝',
  '爱珍',
];
const YOUNG_MALE = ['子轩', '浩宇', '宇轩', '梓豪', '俊熙', '一鸣', '皓轩', '沐阳', '子墨', '奕辰'];
const YOUNG_FEMALE = [
  '子涵',
  '欣怡',
  '梓涵',
  '诗涵',
  '一诺',
  '雨桐',
  '可馨',
  '语嫣',
  '若汐',
  '思彤',
];

/** A person's gender, used only to choose a plausible name and identity number. */
export type Gender = 'male' | 'female';

/**
 * Draws a surname, weighted towards the commonest ones (王, 李, 张, 刘, …) and towards those of
 * Shanxi.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05 }).people.filter((p) => p.name.startsWith('王')).length; // > 0
 * ```
 */
export function drawSurname(random: Random): string {
  return random.weighted(SURNAMES);
}

/**
 * Draws a given name of one or two characters that fits the gender and, when known, the
 * generation of the person.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05 }).residents[0]?.name; // e.g. '郭秀英'
 * ```
 */
export function drawGivenName(random: Random, gender: Gender, birthYear?: number): string {
  const male = gender === 'male';
  if (birthYear !== undefined && birthYear < 1962 && random.chance(0.55)) {
    return random.pick(male ? OLD_MALE : OLD_FEMALE);
  }
  if (birthYear !== undefined && birthYear > 2005 && random.chance(0.55)) {
    return random.pick(male ? YOUNG_MALE : YOUNG_FEMALE);
  }
  const chars = male ? MALE : FEMALE;
  const first = random.pick(chars);
  if (random.chance(0.3)) return first;
  let second = random.pick(chars);
  while (second === first) second = random.pick(chars);
  return first + second;
}

/**
 * Draws a full Chinese name (surname and given name), e.g. `李明` or `郭秀英`.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05 }).people[0]?.name; // e.g. '王建华'
 * ```
 */
export function drawPersonName(random: Random, gender: Gender, birthYear?: number): string {
  return drawSurname(random) + drawGivenName(random, gender, birthYear);
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Writes 1–999 in Chinese numerals as used in names: 一, 十二, 二十, 一百零五.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().grids.some((grid) => grid.name === '第十二网格'); // true
 * ```
 */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`${n} is not in 1–999`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = hundreds > 0 ? `${DIGITS[hundreds] ?? ''}百` : '';
  if (tens > 0) text += `${hundreds === 0 && tens === 1 ? '' : (DIGITS[tens] ?? '')}十`;
  else if (hundreds > 0 && ones > 0) text += '零';
  return text + (DIGITS[ones] ?? '');
}
