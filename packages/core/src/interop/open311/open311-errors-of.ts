import { formatPath, type WanggeValidationError } from '../../errors/validation-error.js';
import type { Open311Error } from './open311-error.js';
import { nameKey, type Open311Options } from './open311-options.js';

/**
 * The Open311 errors that answer a request wangge refused (an import, a service definition of
 * an unknown code): one per issue, `code` the HTTP status the spec asks for (`404` for an unknown
 * `service_code`, `400` for everything else), `description` the issue's message in the locale,
 * after its field (`lat: …`). Send them with `writeOpen311Errors` and the status of the first.
 *
 * @example
 * ```ts
 * import { open311Errors, readOpen311PostForm, writeOpen311Errors } from '@wangge/core';
 * const result = readOpen311PostForm('lat=95');
 * if (!result.success) {
 *   const errors = open311Errors(result.error, { locale: 'en' });
 *   const status = Number(errors[0]?.code ?? 400); // 400
 *   const body = writeOpen311Errors(errors, 'json');
 * }
 * ```
 */
export function open311Errors(
  error: WanggeValidationError,
  options: Open311Options = {},
): readonly Open311Error[] {
  const locale = options.locale ?? 'zh-CN';
  const separator = nameKey(locale) === 'en' ? ': ' : '：';
  const errors = error.issues.map((issue): Open311Error => ({
    code: issue.code === 'open311_unknown_service_code' ? '404' : '400',
    description:
      issue.path.length === 0
        ? issue.message[locale]
        : `${formatPath(issue.path)}${separator}${issue.message[locale]}`,
  }));
  return Object.freeze(errors.map((e) => Object.freeze(e)));
}
