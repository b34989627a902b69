import * as z from 'zod/mini';
import { BilingualName } from './bilingual-name.js';
import { Code, Id } from './id.js';

/**
 * A functional department (职能部门) whose work items the grid takes on, e.g. 社会保障
 * (social security) or 应急管理 (emergency management).
 *
 * @example
 * ```ts
 * import { Department } from '@wangge/core';
 * Department.parse({ id: 'd-sb', code: 'SB', name: { zh: '社会保障', en: 'Social security' } });
 * ```
 */
export const Department = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    code: Code,
    name: BilingualName,
  }))();
/** A functional department. */
export type Department = z.output<typeof Department>;
