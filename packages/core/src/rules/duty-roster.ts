import type { LoadedDistrict } from '../district/loaded-district.js';
import type { CheckIn } from '../schema/check-in.js';
import type { Shift } from '../schema/shift.js';

interface ShiftSpan {
  readonly personId: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** A check-in counts for a shift from this long before it starts. */
const EARLY_MS = 2 * 3_600_000;

/**
 * The duty roster (值班表) read for fast lookups: who is on duty for a unit at an instant, from
 * the shifts and, when there are any, the check-ins (打卡) of the work phone app. Build it once
 * per roster with {@link DutyRoster.from}; it never changes.
 *
 * @example
 * ```ts
 * import { DutyRoster, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const roster = DutyRoster.from(district); // the district's own shifts
 * roster.onDuty(['ljy-c1-g1'], Date.parse('2026-11-26T10:00:00+08:00'), false); // ['p-1']
 * ```
 */
export class DutyRoster {
  readonly #byUnit: ReadonlyMap<string, readonly ShiftSpan[]>;
  readonly #checkIns: ReadonlyMap<
    string,
    readonly { readonly atMs: number; readonly in: boolean }[]
  >;

  private constructor(
    byUnit: Map<string, ShiftSpan[]>,
    checkIns: Map<string, { atMs: number; in: boolean }[]>,
  ) {
    this.#byUnit = byUnit;
    this.#checkIns = checkIns;
  }

  /**
   * A roster from shifts (the district's own when left out) and check-ins. Shifts of people or
   * units the district does not have are left out.
   */
  static from(
    district: LoadedDistrict,
    input: { readonly shifts?: readonly Shift[]; readonly checkIns?: readonly CheckIn[] } = {},
  ): DutyRoster {
    const byUnit = new Map<string, ShiftSpan[]>();
    for (const shift of input.shifts ?? district.bundle.shifts) {
      if (!district.people.has(shift.personId) || !district.units.has(shift.unitId)) continue;
      const span = {
        personId: shift.personId,
        startMs: Date.parse(shift.start),
        endMs: Date.parse(shift.end),
      };
      const list = byUnit.get(shift.unitId);
      if (list) list.push(span);
      else byUnit.set(shift.unitId, [span]);
    }
    const checkIns = new Map<string, { atMs: number; in: boolean }[]>();
    for (const check of input.checkIns ?? []) {
      const list = checkIns.get(check.personId) ?? [];
      list.push({ atMs: Date.parse(check.at), in: check.kind === 'in' });
      checkIns.set(check.personId, list);
    }
    for (const list of checkIns.values()) list.sort((a, b) => a.atMs - b.atMs);
    return new DutyRoster(byUnit, checkIns);
  }

  /**
   * The people on duty for any of the units at an instant, each once, by id: a shift covers it
   * (`start ≤ now < end`) and, with `requireCheckIn`, their last check-in since shortly before
   * the shift started is `in`.
   */
  onDuty(unitIds: readonly string[], nowMs: number, requireCheckIn: boolean): string[] {
    const people: string[] = [];
    for (const span of this.#spansOf(unitIds)) {
      if (span.startMs > nowMs || nowMs >= span.endMs || people.includes(span.personId)) continue;
      if (requireCheckIn && !this.#checkedIn(span, nowMs)) continue;
      people.push(span.personId);
    }
    return people.length > 1 ? people.sort() : people;
  }

  // The shifts of a list of units in one array, remembered for lists asked for again (the
  // rules ask for the same grid's units over and over).
  readonly #merged = new WeakMap<readonly string[], readonly ShiftSpan[]>();
  #spansOf(unitIds: readonly string[]): readonly ShiftSpan[] {
    let spans = this.#merged.get(unitIds);
    if (!spans) {
      spans = unitIds.flatMap((unitId) => this.#byUnit.get(unitId) ?? []);
      this.#merged.set(unitIds, spans);
    }
    return spans;
  }

  #checkedIn(span: ShiftSpan, nowMs: number): boolean {
    let last: boolean | undefined;
    for (const check of this.#checkIns.get(span.personId) ?? []) {
      if (check.atMs > nowMs) break;
      if (check.atMs >= span.startMs - EARLY_MS) last = check.in;
    }
    return last === true;
  }
}
