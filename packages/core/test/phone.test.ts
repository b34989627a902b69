import { describe, expect, it } from 'vitest';
import {
  LandlinePhone,
  MobilePhone,
  PhoneNumber,
  normalizeLandline,
  normalizeMobile,
  normalizePhone,
  phoneKind,
  telUri,
} from '../src/index.js';
import { fc } from './support/fast-check.js';

const mobileDigits = fc
  .tuple(fc.constantFrom('3', '4', '5', '6', '7', '8', '9'), fc.stringMatching(/^\d{9}$/))
  .map(([second, rest]) => `1${second}${rest}`);

/** Inserts the separators people type (spaces, hyphens, full-width spaces) between digits. */
const withSeparators = (digits: string) =>
  fc
    .array(fc.constantFrom('', '', '', ' ', '-', '\u3000'), {
      minLength: digits.length,
      maxLength: digits.length,
    })
    .map((seps) =>
      Array.from(digits, (d, i) => d + (i < digits.length - 1 ? (seps[i] ?? '') : '')).join(''),
    );

describe('mobile numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['0086-13800138000', '13800138000'],
    ['19912345678', '19912345678'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeMobile(input)).toBe(expected);
    expect(MobilePhone.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['12345678901', 'second digit 2'],
    ['10012345678', 'second digit 0'],
    ['1380013800', '10 digits'],
    ['138001380001', '12 digits'],
    ['+1 138 0013 8000', 'another country code'],
    ['13800l38000', 'a letter inside'],
    ['0351-4045678', 'a landline'],
  ])('refuses %j (%s)', (input) => {
    expect(normalizeMobile(input)).toBeUndefined();
    const result = MobilePhone.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('custom');
  });

  it('reads any valid mobile back to its digits, whatever separators are typed', () => {
    fc.assert(
      fc.property(
        mobileDigits.chain((digits) => fc.tuple(fc.constant(digits), withSeparators(digits))),
        ([digits, typed]) => normalizeMobile(typed) === digits,
      ),
    );
  });
});

describe('landline numbers', () => {
  it.each([
    ['0351-4045678', '0351-4045678'],
    ['0351 404 5678', '0351-4045678'],
    ['03514045678', '0351-4045678'],
    ['(010) 8888 6666', '010-88886666'],
    ['020-87654321', '020-87654321'],
    ['+86 351 4045678', '0351-4045678'],
    ['+86 10 88886666', '010-88886666'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeLandline(input)).toBe(expected);
    expect(LandlinePhone.parse(input)).toBe(expected);
  });

  it.each([
    ['1234567', 'no area code'],
    ['3514045678', 'area code without its 0'],
    ['0351-0404567', 'local number starting with 0'],
    ['0351-123456', 'local number too short'],
    ['0351-404567889', 'local number too long'],
    ['0151-4045678', 'no area code starts with 01 but 010'],
  ])('refuses %j (%s)', (input) => {
    expect(normalizeLandline(input)).toBeUndefined();
    expect(LandlinePhone.safeParse(input).success).toBe(false);
  });
});

describe('phone numbers of either kind', () => {
  it('tells mobiles from landlines', () => {
    expect(phoneKind('13800138000')).toBe('mobile');
    expect(phoneKind('0351-4045678')).toBe('landline');
    expect(phoneKind('12345')).toBeUndefined();
    expect(normalizePhone('0351 4045678')).toBe('0351-4045678');
    expect(PhoneNumber.parse('+86 138 0013 8000')).toBe('13800138000');
    expect(PhoneNumber.safeParse('hotline').success).toBe(false);
  });

  it('refuses non-strings with a type issue', () => {
    const result = PhoneNumber.safeParse(13800138000);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('invalid_type');
  });

  it('makes RFC 3966 tel: URIs in global form', () => {
    expect(telUri('138 0013 8000')).toBe('tel:+86-138-0013-8000');
    expect(telUri('0351-4045678')).toBe('tel:+86-351-4045678');
    expect(telUri('(010) 8888 6666')).toBe('tel:+86-10-88886666');
    expect(telUri('javascript:alert(1)')).toBeUndefined();
  });

  it('gives every valid mobile a tel: URI that holds exactly its digits', () => {
    fc.assert(
      fc.property(mobileDigits, (digits) => {
        const uri = telUri(digits);
        return uri?.replace(/\D/g, '') === `86${digits}`;
      }),
    );
  });
});
