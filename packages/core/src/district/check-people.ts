import type { RecordKind } from '../i18n/integrity-messages.js';
import type { Role } from '../schema/person.js';
import { resolve, type CheckContext } from './check-context.js';
import type { UnitKind } from '../schema/admin-units.js';
import { parentIdOf, type AnyUnit } from './unit-parent.js';

const UNIT_KINDS_OF_ROLE: Readonly<
  Record<Exclude<Role, 'department-staff'>, readonly RecordKind[]>
> = {
  'grid-worker': ['grid', 'micro-grid'],
  'grid-chief': ['grid'],
  'building-head': ['micro-grid'],
  'community-cadre': ['community'],
  'street-cadre': ['street'],
  'command-operator': ['district'],
  volunteer: ['district', 'street', 'community', 'grid', 'micro-grid'],
};

const UNITS: readonly RecordKind[] = ['district', 'street', 'community', 'grid', 'micro-grid'];

/**
 * People and the roster: every role serves existing units of the kinds the role allows (or an
 * existing department), every shift names an existing person and unit, ends after it starts, and
 * is for a unit the person serves (the unit itself or one below it).
 */
export function checkPeople(ctx: CheckContext): void {
  const { bundle, issues, kinds, maps } = ctx;
  bundle.people.forEach((person, i) => {
    person.roles.forEach((role, r) => {
      if (role.role === 'department-staff') {
        resolve(ctx, ['people', i, 'roles', r, 'departmentId'], role.departmentId, ['department']);
        return;
      }
      const allowed = UNIT_KINDS_OF_ROLE[role.role];
      role.unitIds.forEach((unitId, u) => {
        resolve(ctx, ['people', i, 'roles', r, 'unitIds', u], unitId, allowed);
      });
    });
  });

  bundle.shifts.forEach((shift, i) => {
    const person = resolve(ctx, ['shifts', i, 'personId'], shift.personId, ['person']);
    const unit = resolve(ctx, ['shifts', i, 'unitId'], shift.unitId, UNITS);
    if (Date.parse(shift.end) <= Date.parse(shift.start)) {
      issues.add('invalid_time_span', ['shifts', i, 'end']);
    }
    if (!person || !unit) return;
    // The person serves the unit when a role names it or a unit above it.
    const serves = (unitId: string) =>
      person.roles.some(
        (role) => role.role !== 'department-staff' && role.unitIds.includes(unitId),
      );
    let id: string | undefined = shift.unitId;
    let steps = 0;
    while (id !== undefined && !serves(id) && steps < 8) {
      const kind = kinds.get(id);
      const current: AnyUnit | undefined =
        kind !== undefined && isUnit(kind) ? maps[kind as UnitKind].get(id) : undefined;
      id = current ? parentIdOf(current) : undefined;
      steps += 1;
    }
    if (id === undefined || !serves(id)) {
      issues.add('unit_not_served', ['shifts', i, 'unitId'], {
        id: shift.personId,
        detail: shift.unitId,
      });
    }
  });
}

function isUnit(kind: RecordKind): boolean {
  return UNITS.includes(kind);
}
