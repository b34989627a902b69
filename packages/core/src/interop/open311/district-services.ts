import { deepFreeze } from '../../district/deep-freeze.js';
import type { Category } from '../../schema/category.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { open311Failure, open311Issue } from './open311-issue.js';
import { nameKey, type Open311Options } from './open311-options.js';
import type { Open311Profile } from './open311-profile.js';
import type { Open311Service } from './open311-service.js';
import type {
  Open311ServiceAttribute,
  Open311ServiceDefinition,
} from './open311-service-definition.js';

/** The group of a category: its parent's name, or its department's for a top-level one. */
function groupOf(
  profile: Open311Profile,
  category: Category,
  key: 'zh' | 'en',
): string | undefined {
  const { district } = profile;
  const parent =
    category.parentCode === undefined ? undefined : district.categories.get(category.parentCode);
  if (parent) return parent.name[key];
  return district.departments.get(category.departmentId)?.name[key];
}

/**
 * The district's service list for `GET /services`: one Open311 service per category of the
 * catalogue (事项目录), in catalogue order. `service_code` is the category's (or the one the
 * configuration maps it to), `service_name` its name in the locale, `group` the name of its
 * parent category (or of its department for a top-level one), `metadata` whether the
 * configuration gives it attributes; `type`, `description` and `keywords` come from the
 * configuration. Write it with `writeOpen311Services`.
 *
 * @example
 * ```ts
 * import { compileOpen311Config, open311Services, writeOpen311Services, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const profile = compileOpen311Config({}, district);
 * if (profile.success) {
 *   const xml = writeOpen311Services(open311Services(profile.data, { locale: 'en' }), 'xml');
 * }
 * ```
 */
export function open311Services(
  profile: Open311Profile,
  options: Open311Options = {},
): readonly Open311Service[] {
  const key = nameKey(options.locale);
  const services = profile.district.bundle.categories.map((category): Open311Service => {
    const config = profile.config.services[category.code];
    const keywords = config?.keywords?.[key] ?? [];
    const description = config?.description?.[key];
    const group = groupOf(profile, category, key);
    // Built in the spec's order, so that it reads (and logs) as the spec's.
    const service: Open311Service = {
      service_code: profile.serviceCodes.get(category.code) ?? category.code,
      service_name: category.name[key],
      ...(description === undefined ? {} : { description }),
      metadata: profile.attributes.has(category.code),
      type: config?.type ?? profile.config.type,
      ...(keywords.length > 0 ? { keywords: [...keywords] } : {}),
      ...(group === undefined ? {} : { group }),
    };
    return service;
  });
  return deepFreeze(services);
}

/**
 * The service definition of one service for `GET /services/{service_code}`: the attributes the
 * district's configuration gives its category, in their order, with texts in the locale (an
 * empty list for a service without attributes). The service code comes from a URL: an unknown
 * one is an `open311_unknown_service_code` issue (answer 404 with `writeOpen311Errors`).
 *
 * @example
 * ```ts
 * import { compileOpen311Config, open311ServiceDefinition, writeOpen311ServiceDefinition, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const profile = compileOpen311Config({}, district);
 * if (profile.success) {
 *   const result = open311ServiceDefinition(profile.data, 'CG-01');
 *   if (result.success) writeOpen311ServiceDefinition(result.data, 'json');
 * }
 * ```
 */
export function open311ServiceDefinition(
  profile: Open311Profile,
  serviceCode: string,
  options: Open311Options = {},
): ParseResult<Open311ServiceDefinition> {
  const categoryCode = profile.categoryCodes.get(serviceCode);
  if (categoryCode === undefined) {
    return open311Failure('Open311ServiceDefinition', [
      open311Issue('open311_unknown_service_code', ['service_code']),
    ]);
  }
  const key = nameKey(options.locale);
  const attributes = (profile.attributes.get(categoryCode) ?? []).map(
    (attribute): Open311ServiceAttribute => {
      const out: Open311ServiceAttribute = {
        variable: attribute.variable,
        code: attribute.code,
        datatype: attribute.datatype,
        required: attribute.required,
        order: attribute.order,
        description: attribute.description[key],
      };
      if (attribute.datatypeDescription) {
        out.datatype_description = attribute.datatypeDescription[key];
      }
      if (attribute.values) {
        out.values = attribute.values.map((value) => ({ key: value.key, name: value.name[key] }));
      }
      return out;
    },
  );
  return { success: true, data: deepFreeze({ service_code: serviceCode, attributes }) };
}
