import type { HandlingLevel } from '../schema/handling-level.js';
import type { Role } from '../schema/person.js';

/**
 * What a role may do with cases, and up to which level:
 *
 * - `report`: may report problems and raise alarms in its units;
 * - `handles`: may work on cases in its units up to this level (start the investigation,
 *   resolve, escalate, ask for suspension or extension, resume);
 * - `supervises`: may file, reject, assign, verify, archive, de-escalate and reopen cases in
 *   its units up to this level, and approve the requests of the levels below it.
 *
 * Department staff (职能部门) have no territory: they handle the cases assigned to their
 * department. The worker a case is assigned to handles it whatever the level.
 *
 * @example
 * ```ts
 * import { CASE_ROLE_POWERS } from '@wangge/core';
 * CASE_ROLE_POWERS['community-cadre'].supervises; // 'community'
 * ```
 */
export const CASE_ROLE_POWERS: Readonly<
  Record<
    Role,
    {
      readonly report: boolean;
      readonly handles?: HandlingLevel;
      readonly supervises?: HandlingLevel;
    }
  >
> = {
  'grid-worker': { report: true, handles: 'grid' },
  'grid-chief': { report: true, handles: 'grid', supervises: 'grid' },
  'building-head': { report: true },
  volunteer: { report: true },
  'community-cadre': { report: true, handles: 'community', supervises: 'community' },
  'street-cadre': { report: true, handles: 'street', supervises: 'street' },
  'command-operator': { report: true, handles: 'district', supervises: 'district' },
  'department-staff': { report: false },
};
