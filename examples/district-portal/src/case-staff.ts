// Who acts on a case at each handling level (四级处置), by the powers of CASE_ROLE_POWERS: the
// handler investigates and resolves, the supervisor files, assigns and archives, the verifier is
// never the one who resolved, and requests are approved a level up.
import { workersOf, type CaseRecord, type HandlingLevel, type LoadedDistrict } from '@wangge/core';

/** The people for one case at its current level. */
export interface LevelStaff {
  readonly handler: string;
  readonly supervisor: string;
  readonly verifier: string;
  readonly approver: string;
}

/** The place of a case: enough to find its staff. */
export interface CasePlaceIds {
  readonly gridId: string;
  readonly communityId: string;
  readonly streetId: string;
}

/** Finds (and remembers) the staff of the units a case passes through. */
export class CaseStaff {
  readonly #district: LoadedDistrict;
  readonly #cache = new Map<string, readonly string[]>();

  constructor(district: LoadedDistrict) {
    this.#district = district;
  }

  /** The ids of the people with `role` in `unitId`, by id so that every run picks the same. */
  of(
    unitId: string,
    role: 'grid-worker' | 'grid-chief' | 'community-cadre' | 'street-cadre' | 'command-operator',
  ): readonly string[] {
    const key = `${unitId} ${role}`;
    let ids = this.#cache.get(key);
    if (!ids) {
      ids = workersOf(this.#district, unitId, { roles: [role] })
        .map((p) => p.id)
        .sort();
      this.#cache.set(key, ids);
    }
    return ids;
  }

  /** A grid's reporting worker and its chief, when the grid has both. */
  gridTeam(gridId: string): { readonly worker: string; readonly chief: string } | undefined {
    const worker = this.of(gridId, 'grid-worker')[0];
    const chief = this.of(gridId, 'grid-chief')[0];
    return worker && chief ? { worker, chief } : undefined;
  }

  /**
   * Who acts on `record` at its level, if the units are staffed. Nobody verifies their own
   * resolution: when the usual verifier resolved the case, the approver (a level up) checks it.
   */
  at(record: CaseRecord): LevelStaff | undefined {
    const staff = this.#at(record, record.level);
    const resolver = record.resolvedBy?.kind === 'person' ? record.resolvedBy.personId : undefined;
    if (staff && resolver === staff.verifier) return { ...staff, verifier: staff.approver };
    return staff;
  }

  #at(record: CaseRecord | CasePlaceIds, level: HandlingLevel): LevelStaff | undefined {
    const district = this.#district.bundle.district.id;
    const operators = this.of(district, 'command-operator');
    const streetCadres = this.of(record.streetId, 'street-cadre');
    const cadres = this.of(record.communityId, 'community-cadre');
    const two = (ids: readonly string[]) => [ids[0], ids[1] ?? ids[0]] as const;
    const [op1, op2] = two(operators);
    const [st1, st2] = two(streetCadres);
    const [cc1, cc2] = two(cadres);
    if (!op1 || !op2 || !st1 || !st2 || !cc1 || !cc2) return undefined;
    switch (level) {
      case 'grid': {
        const team = this.gridTeam(record.gridId);
        if (!team) return undefined;
        const assigned = 'workerId' in record ? record.workerId : undefined;
        return {
          handler: assigned ?? team.worker,
          supervisor: team.chief,
          verifier: team.chief,
          approver: cc1,
        };
      }
      case 'community':
        // Two cadres share the desk: one handles, the other checks; with one, the street checks.
        return {
          handler: cc1,
          supervisor: cc2,
          verifier: cc2 === cc1 ? st1 : cc2,
          approver: st1,
        };
      case 'street':
        return { handler: st1, supervisor: st2, verifier: st2 === st1 ? op1 : st2, approver: op1 };
      case 'district':
        return { handler: op1, supervisor: op2, verifier: op2, approver: op2 };
    }
  }
}
