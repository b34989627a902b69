import { caseMessage } from '../i18n/case-messages.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { LoadedDistrict } from '../district/loaded-district.js';
import type { CaseCommandType } from '../schema/case-command.js';
import type { CaseRecord } from '../schema/case-record.js';
import { HANDLING_LEVELS, type HandlingLevel } from '../schema/handling-level.js';
import { CASE_ROLE_POWERS } from './case-role-powers.js';

/**
 * Why an actor may not do a command to a case:
 *
 * - `unknown_actor`: no person of the district has the id;
 * - `role_not_permitted`: none of the person's roles may do this kind of command;
 * - `out_of_scope`: the case lies outside every unit the person serves (and is not assigned to
 *   them or their department);
 * - `level_not_reached`: the case is at a level above the person's roles;
 * - `higher_level_required`: an approval must come from a level above the case's;
 * - `self_verification` / `self_approval`: the person who resolved a case cannot verify it, and
 *   the person who asked cannot approve (four eyes).
 *
 * @example
 * ```ts
 * import type { CaseDenialCode } from '@wangge/core';
 * const code: CaseDenialCode = 'out_of_scope';
 * ```
 */
export type CaseDenialCode =
  | 'unknown_actor'
  | 'role_not_permitted'
  | 'out_of_scope'
  | 'level_not_reached'
  | 'higher_level_required'
  | 'self_verification'
  | 'self_approval';

/**
 * A refusal with its reason, in zh-CN and en.
 *
 * @example
 * ```ts
 * import type { CaseDenial } from '@wangge/core';
 * const show = (denial: CaseDenial) => `${denial.code}: ${denial.message['zh-CN']}`;
 * ```
 */
export interface CaseDenial {
  readonly code: CaseDenialCode;
  readonly message: LocalizedText;
}

/**
 * What a command asks of its actor: to report in a territory, to handle a case, to supervise
 * it, or to approve a request at a level above it.
 *
 * @example
 * ```ts
 * import { capabilityOf } from '@wangge/core';
 * capabilityOf('archive'); // 'supervise'
 * ```
 */
export type CaseCapability = 'report' | 'handle' | 'supervise' | 'approve';

const CAPABILITY: Readonly<Record<CaseCommandType, CaseCapability>> = {
  report: 'report',
  'raise-alarm': 'report',
  file: 'supervise',
  reject: 'supervise',
  assign: 'supervise',
  'start-investigation': 'handle',
  resolve: 'handle',
  'pass-verification': 'supervise',
  'fail-verification': 'supervise',
  archive: 'supervise',
  escalate: 'handle',
  deescalate: 'supervise',
  'request-suspension': 'handle',
  'request-extension': 'handle',
  'approve-request': 'approve',
  'decline-request': 'approve',
  resume: 'handle',
  reopen: 'supervise',
  'link-duplicate': 'supervise',
};

/**
 * The capability a command needs (see {@link CaseCapability}).
 *
 * @example
 * ```ts
 * import { capabilityOf } from '@wangge/core';
 * capabilityOf('resolve'); // 'handle'
 * ```
 */
export function capabilityOf(type: CaseCommandType): CaseCapability {
  return CAPABILITY[type];
}

/**
 * Where a command acts: the ids of the units holding the location (micro-grid if any, grid,
 * community, street, district), the level of the case, and the case itself once it exists.
 */
export interface CaseScope {
  readonly units: readonly string[];
  readonly level: HandlingLevel;
  readonly record?: CaseRecord | undefined;
}

/**
 * The outcome of {@link authorizeCaseCommand}.
 *
 * @example
 * ```ts
 * import type { CaseAuthorization } from '@wangge/core';
 * const reasonOf = (result: CaseAuthorization) => (result.allowed ? undefined : result.denial.code);
 * ```
 */
export type CaseAuthorization =
  { readonly allowed: true } | { readonly allowed: false; readonly denial: CaseDenial };

const rank = (level: HandlingLevel) => HANDLING_LEVELS.indexOf(level);
const ALLOWED: CaseAuthorization = { allowed: true };
const deny = (code: CaseDenialCode, params: Record<string, string> = {}): CaseAuthorization => ({
  allowed: false,
  denial: { code, message: caseMessage(code, params) },
});

/**
 * Whether a person may do a command where it acts, by their roles (`CASE_ROLE_POWERS`) and the
 * units their roles name: a grid worker acts on the cases of their grids, a community cadre on
 * their community's, and so on up. A refusal always says why.
 *
 * @example
 * ```ts
 * import { authorizeCaseCommand, unitChain, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const units = unitChain(district, 'ljy-c1-g1').map((unit) => unit.record.id);
 * const result = authorizeCaseCommand(district, 'p-1', 'report', { units, level: 'grid' });
 * if (!result.allowed) console.log(result.denial.message['zh-CN']);
 * ```
 */
export function authorizeCaseCommand(
  district: LoadedDistrict,
  actorId: string,
  type: CaseCommandType,
  scope: CaseScope,
): CaseAuthorization {
  const person = district.people.get(actorId);
  if (!person) return deny('unknown_actor', { actorId });
  const capability = CAPABILITY[type];
  const record = scope.record;

  // A case assigned to a person, or to their department, is theirs to handle at any level.
  if (capability === 'handle' && record) {
    if (record.workerId === actorId) return ALLOWED;
    const department = record.departmentId;
    if (
      department !== undefined &&
      person.roles.some(
        (role) => role.role === 'department-staff' && role.departmentId === department,
      )
    ) {
      return ALLOWED;
    }
  }

  let capable = false;
  let inScope = false;
  let highEnough = false;
  const needed =
    rank(scope.level) + (capability === 'approve' && scope.level !== 'district' ? 1 : 0);
  for (const role of person.roles) {
    if (role.role === 'department-staff') {
      // Their cases are those assigned to their department, handled above.
      capable ||= capability === 'handle';
      continue;
    }
    const powers = CASE_ROLE_POWERS[role.role];
    const reach =
      capability === 'report'
        ? powers.report
          ? 'district'
          : undefined
        : capability === 'handle'
          ? powers.handles
          : powers.supervises;
    if (reach === undefined) continue;
    capable = true;
    if (!role.unitIds.some((unitId) => scope.units.includes(unitId))) continue;
    inScope = true;
    if (rank(reach) >= needed) highEnough = true;
  }
  if (!capable) return deny('role_not_permitted', { command: type });
  if (!inScope) return deny('out_of_scope', { actorId, caseId: record?.id ?? '' });
  if (!highEnough) {
    return capability === 'approve'
      ? deny('higher_level_required', { level: scope.level })
      : deny('level_not_reached', { level: scope.level });
  }
  if (
    (type === 'pass-verification' || type === 'fail-verification') &&
    record?.resolvedBy?.kind === 'person' &&
    record.resolvedBy.personId === actorId
  ) {
    return deny('self_verification');
  }
  if (
    capability === 'approve' &&
    record?.request?.by.kind === 'person' &&
    record.request.by.personId === actorId
  ) {
    return deny('self_approval');
  }
  return ALLOWED;
}
