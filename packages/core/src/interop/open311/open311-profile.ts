import type { ValidationIssue } from '../../errors/validation-error.js';
import type { LoadedDistrict } from '../../district/loaded-district.js';
import { deepFreeze } from '../../district/deep-freeze.js';
import { parseInput } from '../../validation/parse-input.js';
import type { ParseResult } from '../../validation/parse-result.js';
import type { Open311Attribute } from './open311-attribute.js';
import { Open311Config } from './open311-config.js';
import { open311Failure, open311Issue } from './open311-issue.js';

/**
 * A district ready to speak Open311 GeoReport v2: the district, its checked Open311
 * configuration, and the reversible mapping between category codes and service codes. Made by
 * `compileOpen311Config`; every Open311 function of wangge takes it. It never changes.
 *
 * @example
 * ```ts
 * import { compileOpen311Config, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const profile = compileOpen311Config({ serviceCodes: { 'CG-01': '001' } }, district);
 * if (profile.success) {
 *   profile.data.serviceCodes.get('CG-01'); // '001'
 *   profile.data.categoryCodes.get('001'); // 'CG-01'
 * }
 * ```
 */
export interface Open311Profile {
  readonly district: LoadedDistrict;
  readonly config: Open311Config;
  /** The service code of every category, by category code (the category code by default). */
  readonly serviceCodes: ReadonlyMap<string, string>;
  /** The category of every service code: the inverse of `serviceCodes`. */
  readonly categoryCodes: ReadonlyMap<string, string>;
  /** The attributes of each category that has some, in their `order`. */
  readonly attributes: ReadonlyMap<string, readonly Open311Attribute[]>;
}

const LISTS = /* @__PURE__ */ (() => new Set(['singlevaluelist', 'multivaluelist']))();

function checkAttributes(
  categoryCode: string,
  attributes: readonly Open311Attribute[],
  issues: ValidationIssue[],
): void {
  const codes = new Set<string>();
  const orders = new Set<number>();
  attributes.forEach((attribute, index) => {
    const at = ['services', categoryCode, 'attributes', index];
    if (codes.has(attribute.code))
      issues.push(open311Issue('open311_duplicate_attribute', [...at, 'code']));
    if (orders.has(attribute.order))
      issues.push(open311Issue('open311_duplicate_order', [...at, 'order']));
    codes.add(attribute.code);
    orders.add(attribute.order);
    const values = attribute.values ?? [];
    if (LISTS.has(attribute.datatype) && values.length === 0) {
      issues.push(open311Issue('open311_list_without_values', [...at, 'values']));
    }
    if (!LISTS.has(attribute.datatype) && attribute.values !== undefined) {
      issues.push(open311Issue('open311_values_without_list', [...at, 'values']));
    }
    const keys = new Set<string>();
    values.forEach((value, v) => {
      if (keys.has(value.key)) {
        issues.push(open311Issue('open311_duplicate_value_key', [...at, 'values', v, 'key']));
      }
      keys.add(value.key);
    });
  });
}

/**
 * Reads a district's Open311 configuration (`Open311Config`, JSON; `{}` or `undefined` for the
 * defaults) and checks it against the district, without throwing: every category it names must
 * be in the catalogue, no two categories may share a service code (by default a category's
 * service code is its own code, so a mapped code must not be another category's code either),
 * attribute codes and orders are unique per category, lists have values and only lists do. The
 * issues have their paths (`['serviceCodes', 'CG-01']`) and messages in zh-CN and en.
 *
 * @example
 * ```ts
 * import { compileOpen311Config, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const result = compileOpen311Config(
 *   {
 *     services: {
 *       'CG-01': {
 *         attributes: [
 *           {
 *             code: 'FLOOR', datatype: 'number', required: true, order: 1,
 *             description: { zh: '发生在几楼？', en: 'Which floor?' },
 *           },
 *         ],
 *       },
 *     },
 *   },
 *   district,
 * );
 * if (!result.success) console.log(result.error.format('zh-CN'));
 * ```
 */
export function compileOpen311Config(
  input: unknown,
  district: LoadedDistrict,
): ParseResult<Open311Profile> {
  const parsed = parseInput(Open311Config, input ?? {}, 'Open311Config');
  if (!parsed.success) return parsed;
  const config = parsed.data;
  const issues: ValidationIssue[] = [];
  for (const code of Object.keys(config.serviceCodes)) {
    if (!district.categories.has(code)) {
      issues.push(open311Issue('open311_unknown_category', ['serviceCodes', code]));
    }
  }
  for (const [code, service] of Object.entries(config.services)) {
    if (!district.categories.has(code)) {
      issues.push(open311Issue('open311_unknown_category', ['services', code]));
    }
    checkAttributes(code, service.attributes, issues);
  }
  const serviceCodes = new Map<string, string>();
  const categoryCodes = new Map<string, string>();
  for (const category of district.bundle.categories) {
    const serviceCode = config.serviceCodes[category.code] ?? category.code;
    if (categoryCodes.has(serviceCode)) {
      issues.push(open311Issue('open311_duplicate_service_code', ['serviceCodes', category.code]));
      continue;
    }
    serviceCodes.set(category.code, serviceCode);
    categoryCodes.set(serviceCode, category.code);
  }
  if (issues.length > 0) return open311Failure('Open311Config', issues);
  const attributes = new Map<string, readonly Open311Attribute[]>();
  for (const [code, service] of Object.entries(config.services)) {
    if (service.attributes.length === 0) continue;
    attributes.set(
      code,
      [...service.attributes].sort((a, b) => a.order - b.order),
    );
  }
  const profile: Open311Profile = {
    district,
    config: deepFreeze(config),
    serviceCodes,
    categoryCodes,
    attributes,
  };
  return { success: true, data: Object.freeze(profile) };
}
