import { formatInstant } from '../calendar/format-instant.js';
import { placeOnCalendar, type InstantOnCalendar } from '../calendar/instant-on-calendar.js';
import { addDeadline } from '../calendar/working-time.js';
import { WanggeError } from '../errors/wangge-error.js';
import { caseMessage } from '../i18n/case-messages.js';
import type { LoadedDistrict } from '../district/loaded-district.js';
import { unitAtLevel } from '../district/unit-at-level.js';
import { HANDLING_LEVELS, type HandlingLevel } from '../schema/handling-level.js';
import type { RoutingCondition } from '../schema/routing-rule.js';
import type { CaseActivity } from './case-activity.js';
import { reporterKey } from './case-activity.js';
import type { CompiledRules } from './compile-rules.js';
import type { Decision, DecisionInput, RuleOutcome, RuleTrace, WorkerTrace } from './decision.js';
import type { DutyRoster } from './duty-roster.js';
import type { EffectiveCategory } from './effective-category.js';
import { explainDecision } from './explain-decision.js';

/**
 * The outcome of {@link decide}: a decision, or why none could be made.
 *
 * @example
 * ```ts
 * import type { DecisionResult } from '@wangge/core';
 * const levelOf = (result: DecisionResult) => (result.success ? result.data.level : undefined);
 * ```
 */
export type DecisionResult =
  | { readonly success: true; readonly data: Decision }
  | { readonly success: false; readonly error: WanggeError };

const rank = (level: HandlingLevel) => HANDLING_LEVELS.indexOf(level);
const DAY_MS = 86_400_000;
const APPLIED: RuleOutcome = { applied: true };

interface Situation {
  readonly input: DecisionInput;
  readonly category: EffectiveCategory;
  readonly gridKind: 'ordinary' | 'exclusive';
  readonly priority: string;
  readonly nowMs: number;
  readonly rules: CompiledRules;
  readonly activity: CaseActivity | undefined;
  when?: InstantOnCalendar;
}

function timeOf(s: Situation): InstantOnCalendar {
  s.when ??= placeOnCalendar(s.rules.calendar, s.nowMs);
  return s.when;
}

function holds(s: Situation, time: 'working-hours' | 'off-hours' | 'night' | 'rest-day'): boolean {
  const at = timeOf(s);
  switch (time) {
    case 'working-hours':
      return at.workingTime;
    case 'off-hours':
      return !at.workingTime;
    case 'rest-day':
      return !at.workingDay;
    default: {
      const [start, end] = s.rules.night;
      const m = at.minuteOfDay;
      return start <= end ? m >= start && m < end : m >= start || m < end;
    }
  }
}

function reportsHere(s: Situation, radiusMeters: number, withinDays: number): number {
  const location = s.input.location;
  if (!location || !s.activity) return 1;
  const [lon, lat] = location.point.coordinates;
  const group = s.rules.groupOf(s.category.code);
  const id = s.input.id;
  return (
    1 +
    s.activity.countNear(
      lon,
      lat,
      radiusMeters,
      s.nowMs - withinDays * DAY_MS,
      (entry) => entry.id !== id && group.has(entry.categoryCode),
    )
  );
}

function test(s: Situation, when: RoutingCondition): RuleOutcome {
  if (when.categories && !when.categories.some((code) => s.category.chain.includes(code))) {
    return { applied: false, because: 'categories', actual: s.category.code };
  }
  if (when.gridKinds && !when.gridKinds.includes(s.gridKind)) {
    return { applied: false, because: 'grid-kind', actual: s.gridKind };
  }
  if (when.priorities && !when.priorities.includes(s.priority as never)) {
    return { applied: false, because: 'priority', actual: s.priority };
  }
  if (when.times && !when.times.some((time) => holds(s, time))) {
    const at = timeOf(s);
    return {
      applied: false,
      because: 'time',
      actual: at.workingTime ? 'working-hours' : at.workingDay ? 'off-hours' : 'rest-day',
    };
  }
  if (when.repeated) {
    const count = reportsHere(s, when.repeated.radiusMeters, when.repeated.withinDays);
    if (count < when.repeated.atLeast)
      return { applied: false, because: 'repeated', actual: count };
  }
  return APPLIED;
}

function chooseWorker(
  district: LoadedDistrict,
  rules: CompiledRules,
  category: EffectiveCategory,
  candidates: readonly string[],
  activity: CaseActivity | undefined,
  input: DecisionInput,
): Pick<WorkerTrace, 'chosen' | 'by' | 'openCases' | 'skills'> {
  const last = activity?.lastWorkerFor(reporterKey(input.reporter));
  const keys = (id: string) => {
    const skills = district.people.get(id)?.skills ?? [];
    return {
      continuity: id === last ? 0 : 1,
      skills: -category.skills.filter((skill) => skills.includes(skill)).length,
      'least-open': activity?.openCasesOf(id) ?? 0,
    };
  };
  const ranked = candidates.map((id) => ({ id, key: keys(id) }));
  const order = rules.ruleSet.selection.order;
  ranked.sort((a, b) => {
    for (const criterion of order) {
      const d = a.key[criterion] - b.key[criterion];
      if (d !== 0) return d;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const [first, second] = ranked;
  if (!first) return {};
  const by: WorkerTrace['by'] = !second
    ? 'only'
    : (order.find((criterion) => first.key[criterion] !== second.key[criterion]) ?? 'person-id');
  return {
    chosen: first.id,
    by,
    openCases: first.key['least-open'],
    skills: -first.key.skills,
  };
}

/**
 * Decides who handles a case, at which level and by when, and says why (分级分派): the category's
 * policy gives the start level (微事不出格、小事不出社区、大事不出街镇、难事区域终结), its department and
 * deadlines; the routing rules, in order, may move it (an exclusive grid's institution, the
 * command centre for an alarm, night duty, a place that keeps coming back); at the grid level a
 * worker on duty is chosen by the rule set's criteria, with the grid chief and then the
 * community as fallbacks; the due time is the level's deadline from `now` on the calendar.
 *
 * Never throws: a category or grid the district does not have is an error result. `activity`
 * (what is known of the cases already in the system) serves the least-open-cases and continuity
 * criteria and the repeated-report condition; without it, everyone has no open cases and every
 * report is the first at its place.
 *
 * @example
 * ```ts
 * import { CaseActivity, DutyRoster, compileRules, decide, FOUR_LEVEL_POLICY, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const rules = compileRules(FOUR_LEVEL_POLICY, district);
 * if (rules.success) {
 *   const result = decide(
 *     { categoryCode: 'ZZ-02', gridId: 'st-laojunying-c03-g007', priority: 'normal' },
 *     district, rules.data, DutyRoster.from(district), Date.parse('2026-11-26T10:00:00+08:00'),
 *     new CaseActivity(),
 *   );
 *   if (result.success) console.log(result.data.explanation['zh-CN']);
 * }
 * ```
 */
export function decide(
  input: DecisionInput,
  district: LoadedDistrict,
  rules: CompiledRules,
  roster: DutyRoster,
  now: number | Date,
  activity?: CaseActivity,
): DecisionResult {
  try {
    return { success: true, data: decision(input, district, rules, roster, now, activity) };
  } catch (error) {
    if (error instanceof WanggeError) return { success: false, error };
    throw error;
  }
}

function decision(
  input: DecisionInput,
  district: LoadedDistrict,
  rules: CompiledRules,
  roster: DutyRoster,
  now: number | Date,
  activity: CaseActivity | undefined,
): Decision {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const category = rules.categories.get(input.categoryCode);
  if (!category)
    throw new WanggeError(
      'unknown_category',
      caseMessage('unknown_category', { code: input.categoryCode }),
    );
  const grid = district.units.get(input.gridId);
  if (grid?.kind !== 'grid')
    throw new WanggeError('unknown_grid', caseMessage('unknown_grid', { gridId: input.gridId }));
  const communityId = grid.parentId;
  const place = {
    gridId: grid.record.id,
    communityId,
    streetId: district.units.get(communityId)?.parentId ?? '',
    districtId: district.bundle.district.id,
  };

  const situation: Situation = {
    input,
    category,
    gridKind: grid.record.kind,
    priority: input.priority ?? 'normal',
    nowMs,
    rules,
    activity,
  };
  const floor =
    input.level !== undefined && rank(input.level) > rank(category.startLevel)
      ? input.level
      : category.startLevel;
  let level = floor;
  let unit: 'level' | 'institution' | 'command-centre' = 'level';
  let departmentId = category.departmentId;
  let workers: 'grid' | 'community' | 'none' | undefined;
  const traces: RuleTrace[] = [];
  let finalRule: string | undefined;
  for (const rule of rules.routes) {
    if (finalRule !== undefined) {
      traces.push({
        id: rule.id,
        name: rule.name,
        final: rule.final,
        outcome: { applied: false, because: 'after-final', finalRule },
        changed: [],
      });
      continue;
    }
    const outcome = test(situation, rule.when);
    const changed: RuleTrace['changed'][number][] = [];
    if (outcome.applied) {
      const then = rule.then;
      if (then.level !== undefined && rank(then.level) >= rank(floor) && then.level !== level) {
        level = then.level;
        changed.push('level');
      }
      if (then.unit !== undefined) {
        unit = then.unit;
        changed.push('unit');
      }
      if (then.departmentId !== undefined) {
        departmentId = then.departmentId;
        changed.push('department');
      }
      if (then.workers !== undefined) {
        workers = then.workers;
        changed.push('workers');
      }
      if (rule.final) finalRule = rule.id;
    }
    traces.push({ id: rule.id, name: rule.name, final: rule.final, outcome, changed });
  }

  if (unit === 'command-centre') {
    level = 'district';
    workers = 'none';
  }
  let unitId = unitAtLevel(place, level);
  const institution = grid.record.institution?.residentUnitId;
  const toInstitution =
    unit === 'institution' && institution !== undefined && district.residentUnits.has(institution);
  if (toInstitution) unitId = institution;
  // The grid's workers by default; an institution, a community and above take it as a unit.
  const scope = workers ?? (level === 'grid' && !toInstitution ? 'grid' : 'none');
  let worker: WorkerTrace = { scope, onDuty: [] };
  if (scope !== 'none') {
    const units =
      scope === 'grid' ? rules.gridUnits(grid.record.id) : rules.communityUnits(communityId);
    const onDuty = roster.onDuty(units, nowMs, rules.ruleSet.selection.requireCheckIn);
    const choice = chooseWorker(district, rules, category, onDuty, activity, input);
    let fallback: WorkerTrace['fallback'];
    let chosen = choice.chosen;
    if (chosen === undefined) {
      for (const option of rules.ruleSet.selection.fallback) {
        const chief =
          option === 'grid-chief' && level === 'grid' ? rules.gridChief(grid.record.id) : null;
        if (chief !== null) {
          [fallback, chosen] = [option, chief];
          break;
        }
        if (option === 'community' && rank(level) < rank('community')) {
          [fallback, level, unitId] = [option, 'community', communityId];
          break;
        }
      }
      fallback ??= 'unit';
    }
    worker =
      fallback === undefined
        ? { scope, onDuty, ...choice }
        : chosen === undefined
          ? { scope, onDuty, fallback }
          : { scope, onDuty, chosen, fallback };
  }

  const deadline = category.deadlines[level];
  if (!deadline) {
    throw new WanggeError(
      'missing_deadline',
      caseMessage('missing_deadline', { code: category.code, level }),
    );
  }
  const dueAtMs = addDeadline(rules.calendar, nowMs, deadline);
  const department =
    level === 'street' || level === 'district' || departmentId !== category.departmentId;
  const result = {
    level,
    unitId,
    departmentId,
    assign: {
      unitId,
      ...(department ? { departmentId } : {}),
      ...(worker.chosen === undefined ? {} : { workerId: worker.chosen }),
    },
    ...(worker.chosen === undefined ? {} : { workerId: worker.chosen }),
    deadline,
    dueAt: formatInstant(rules.calendar, dueAtMs),
    dueAtMs,
    startLevel: category.startLevel,
    rules: traces,
    worker,
  };
  return new LazyDecision(result, category, district);
}

// A decision whose sentences are written when first read: a caller that routes thousands of
// cases and shows a few explanations does not pay for the others. `toJSON` includes them.
class LazyDecision implements Decision {
  readonly level: Decision['level'];
  readonly unitId: string;
  readonly departmentId: string;
  readonly assign: Decision['assign'];
  readonly workerId?: string;
  readonly deadline: Decision['deadline'];
  readonly dueAt: string;
  readonly dueAtMs: number;
  readonly startLevel: Decision['startLevel'];
  readonly rules: Decision['rules'];
  readonly worker: Decision['worker'];
  #explanation: Decision['explanation'] | undefined;
  readonly #category: EffectiveCategory;
  readonly #district: LoadedDistrict;

  constructor(
    data: Omit<Decision, 'explanation'>,
    category: EffectiveCategory,
    district: LoadedDistrict,
  ) {
    this.level = data.level;
    this.unitId = data.unitId;
    this.departmentId = data.departmentId;
    this.assign = data.assign;
    if (data.workerId !== undefined) this.workerId = data.workerId;
    this.deadline = data.deadline;
    this.dueAt = data.dueAt;
    this.dueAtMs = data.dueAtMs;
    this.startLevel = data.startLevel;
    this.rules = data.rules;
    this.worker = data.worker;
    this.#category = category;
    this.#district = district;
  }

  get explanation(): Decision['explanation'] {
    this.#explanation ??= explainDecision(this, this.#category, this.#district);
    return this.#explanation;
  }

  toJSON(): Decision {
    return {
      level: this.level,
      unitId: this.unitId,
      departmentId: this.departmentId,
      assign: this.assign,
      ...(this.workerId === undefined ? {} : { workerId: this.workerId }),
      deadline: this.deadline,
      dueAt: this.dueAt,
      dueAtMs: this.dueAtMs,
      startLevel: this.startLevel,
      rules: this.rules,
      worker: this.worker,
      explanation: this.explanation,
    };
  }
}
