import { CASE_ROLE_POWERS } from '../../case/case-role-powers.js';
import { territoryUnits } from '../../case/case-territory.js';
import type { LoadedDistrict } from '../../district/loaded-district.js';
import { EXPORT_MESSAGES } from '../../i18n/export-messages.js';
import type { LocalizedText } from '../../i18n/localized-text.js';
import type { CaseRecord } from '../../schema/case-record.js';
import { HANDLING_LEVELS, type HandlingLevel } from '../../schema/handling-level.js';

/**
 * Why {@link ExportPermission.grant} refused: `unknown_person` (no person of the district has the
 * id) or `export_not_permitted` (none of their roles supervises cases).
 *
 * @example
 * ```ts
 * import type { ExportDenial } from '@wangge/core';
 * const show = (denial: ExportDenial) => `${denial.code}: ${denial.message['zh-CN']}`;
 * ```
 */
export interface ExportDenial {
  readonly code: 'unknown_person' | 'export_not_permitted';
  readonly message: LocalizedText;
}

/**
 * The outcome of {@link ExportPermission.grant}: the permission, or why there is none.
 *
 * @example
 * ```ts
 * import type { ExportPermissionResult } from '@wangge/core';
 * const reasonOf = (result: ExportPermissionResult) =>
 *   result.granted ? undefined : result.denial.code;
 * ```
 */
export type ExportPermissionResult =
  | { readonly granted: true; readonly permission: ExportPermission }
  | { readonly granted: false; readonly denial: ExportDenial };

interface SupervisedScope {
  readonly units: ReadonlySet<string>;
  readonly reach: number;
}

const rank = (level: HandlingLevel) => HANDLING_LEVELS.indexOf(level);

/**
 * Leave for one person to see, in an export, the personal data of the cases they supervise: the
 * reporter's name and mobile and the description as written (脱敏例外). Exports are masked
 * without one; with one, each case is unmasked only if the person may supervise it, and every
 * other case of the same export stays masked (its row says `personalData: masked`).
 *
 * Who may: a person whose role supervises cases (`CASE_ROLE_POWERS[role].supervises`: grid chief
 * 网格长, community and street cadres, command operators) sees the cases of the units their role
 * names (a case lies in its micro-grid, grid, community, street and district) at a level up to
 * the one their role supervises: the cases on which `authorizeCaseCommand` would let them file,
 * assign, verify, archive or approve (the supervise and approve powers). A grid chief thus sees
 * the reporters of their grids' cases while the cases are handled at the grid, and no longer once
 * a case has gone up to the community. Grid workers, building heads and volunteers handle or
 * report but do not supervise, and department staff have no territory: they are refused.
 * Anonymous reporters stay anonymous: nothing is looked up for a reporter without a name.
 *
 * A permission is made only by {@link ExportPermission.grant}, from the person's roles in the
 * district as it is (the host says who the person is, as with `authorizeCaseCommand`). It holds
 * the district it was granted on, and an export with another district refuses it: after an edit
 * of the district, grant it again.
 *
 * @example
 * ```ts
 * import { ExportPermission, casesToCsv, type CaseRecord, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * declare const cases: readonly CaseRecord[];
 *
 * const grant = ExportPermission.grant(district, 'p-5'); // a community cadre
 * if (!grant.granted) console.log(grant.denial.message['zh-CN']);
 * const csv = casesToCsv(cases, {
 *   district,
 *   now: Date.now(),
 *   ...(grant.granted ? { permission: grant.permission } : {}),
 * });
 * ```
 */
export class ExportPermission {
  /** The person the permission is for. */
  readonly personId: string;
  /** The district it was granted on. */
  readonly district: LoadedDistrict;
  readonly #scopes: readonly SupervisedScope[];

  private constructor(personId: string, district: LoadedDistrict, scopes: SupervisedScope[]) {
    this.personId = personId;
    this.district = district;
    this.#scopes = scopes;
    Object.freeze(this);
  }

  /**
   * Grants the permission to the person with this id if one of their roles supervises cases;
   * otherwise says why not. Never throws.
   *
   * @example
   * ```ts
   * import { ExportPermission, type LoadedDistrict } from '@wangge/core';
   * declare const district: LoadedDistrict;
   * const result = ExportPermission.grant(district, 'p-3');
   * if (result.granted) result.permission.allows; // per case
   * ```
   */
  static grant(district: LoadedDistrict, personId: string): ExportPermissionResult {
    const person = district.people.get(personId);
    if (!person) return deny('unknown_person');
    const scopes: SupervisedScope[] = [];
    for (const role of person.roles) {
      if (role.role === 'department-staff') continue;
      const reach = CASE_ROLE_POWERS[role.role].supervises;
      if (reach === undefined) continue;
      scopes.push({ units: new Set(role.unitIds), reach: rank(reach) });
    }
    if (scopes.length === 0) return deny('export_not_permitted');
    return { granted: true, permission: new ExportPermission(personId, district, scopes) };
  }

  /**
   * Whether a permission was made by {@link ExportPermission.grant}: an object of the same shape
   * made otherwise is not one.
   *
   * @example
   * ```ts
   * import { ExportPermission } from '@wangge/core';
   * ExportPermission.isPermission({ personId: 'p-7' }); // false
   * ```
   */
  static isPermission(value: unknown): value is ExportPermission {
    return typeof value === 'object' && value !== null && #scopes in value;
  }

  /**
   * Whether the person may see this case's personal data unmasked: one of their supervising
   * roles names a unit that holds the case, and supervises up to the case's level.
   *
   * @example
   * ```ts
   * import { ExportPermission, type CaseRecord, type LoadedDistrict } from '@wangge/core';
   * declare const district: LoadedDistrict;
   * declare const record: CaseRecord;
   * const result = ExportPermission.grant(district, 'p-5');
   * const unmasked = result.granted && result.permission.allows(record);
   * ```
   */
  allows(
    record: Pick<
      CaseRecord,
      'level' | 'gridId' | 'communityId' | 'streetId' | 'districtId' | 'microGridId'
    >,
  ): boolean {
    const needed = rank(record.level);
    const units = territoryUnits(record);
    return this.#scopes.some(
      (scope) => scope.reach >= needed && units.some((unitId) => scope.units.has(unitId)),
    );
  }
}

function deny(code: ExportDenial['code']): ExportPermissionResult {
  return { granted: false, denial: { code, message: EXPORT_MESSAGES[code].message({}) } };
}
