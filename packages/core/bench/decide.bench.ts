// Who handles a case, at which level and by when, with the explanation: `decide` on the
// Yingze-size demo district (1,198 grids, 2,568 micro-grids, a day's roster of about 3,000
// shifts) with the four-level policy and 20,000 cases already in the system, for 100,000 seeded
// reports at any minute of the roster's day. Goal: ≥ 100,000 decisions/s.
//
// Against the obvious alternative in the same run: a naive interpreter that scans the whole rule
// set for every decision (the category's policies walked up its groups, every rule's conditions
// read from the JSON, the time of day from `Date` on the calendar, the people on duty from the
// roster through `onDuty` with its date parsing), giving the same decisions (checked first).
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { bench, describe } from 'vitest';
import {
  CaseActivity,
  DutyRoster,
  FOUR_LEVEL_POLICY,
  HANDLING_LEVELS,
  RuleSet,
  addDeadline,
  compileRules,
  decide,
  formatInstant,
  isWorkingDay,
  loadDistrict,
  onDuty,
  reporterKey,
  workersOf,
  type Decision,
  type DecisionInput,
  type HandlingLevel,
  type LoadedDistrict,
  type RoutingCondition,
  type WorkerTrace,
} from '../src/index.js';
import { generateDemoDistrict } from '../src/demo/index.js';
import { explainDecision } from '../src/rules/explain-decision.js';
import { rated } from './support/rated-bench.js';

const DECISIONS = 100_000;
const loaded = loadDistrict(generateDemoDistrict({ seed: 7 }));
if (!loaded.success) throw loaded.error;
const district: LoadedDistrict = loaded.data;
const compiled = compileRules(FOUR_LEVEL_POLICY, district);
if (!compiled.success) throw compiled.error;
const rules = compiled.data;
const ruleSet = RuleSet.parse(FOUR_LEVEL_POLICY);
const roster = DutyRoster.from(district);

const rng = xoroshiro128plus(20261126);
const pick = <T>(list: readonly T[]): T => list[uniformInt(rng, 0, list.length - 1)]!;
const DAY = Date.parse('2026-11-26T00:00:00+08:00');
const grids = district.bundle.grids;
const codes = district.bundle.categories.map((c) => c.code);
const point = (): [number, number] => [
  112.53 + uniformInt(rng, 0, 999) / 10_000,
  37.84 + uniformInt(rng, 0, 999) / 20_000,
];
const workers = district.bundle.people
  .filter((p) => p.roles.some((r) => r.role === 'grid-worker'))
  .map((p) => p.id);
const activity = new CaseActivity();
for (let i = 0; i < 20_000; i++) {
  activity.track({
    id: `c-${String(i)}`,
    categoryCode: pick(codes),
    location: { point: { type: 'Point', coordinates: point() }, coordinateSystem: 'GCJ02' },
    createdAt: new Date(DAY - uniformInt(rng, 0, 40 * 24) * 3_600_000).toISOString(),
    step: uniformInt(rng, 0, 3) === 0 ? 'archived' : 'assigned',
    workerId: pick(workers),
    reporter: { kind: 'resident', mobile: `139${String(uniformInt(rng, 10_000_000, 10_000_999))}` },
  });
}
const inputs: { input: DecisionInput; now: number }[] = Array.from({ length: DECISIONS }, () => {
  const p = uniformInt(rng, 0, 99);
  return {
    input: {
      categoryCode: pick(codes),
      gridId: pick(grids).id,
      priority: p < 2 ? 'alarm' : p < 10 ? 'urgent' : 'normal',
      location: { point: { type: 'Point', coordinates: point() }, coordinateSystem: 'GCJ02' },
      reporter: {
        kind: 'resident',
        mobile: `139${String(uniformInt(rng, 10_000_000, 10_000_999))}`,
      },
    },
    now: DAY + uniformInt(rng, 0, 24 * 60 - 1) * 60_000,
  };
});

// The obvious implementation: read the rule set as it is written, every time.
const rank = (level: HandlingLevel) => HANDLING_LEVELS.indexOf(level);
function chainOf(code: string): string[] {
  const chain: string[] = [];
  for (
    let c = district.categories.get(code);
    c;
    c = c.parentCode ? district.categories.get(c.parentCode) : undefined
  )
    chain.push(c.code);
  return chain;
}
function localTime(now: number) {
  const local = new Date(now + 8 * 3_600_000);
  const day = local.toISOString().slice(0, 10);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const workingDay = isWorkingDay(rules.calendar, day);
  // The calendar's working periods, 08:30–12:00 and 14:30–17:30.
  const workingTime =
    workingDay && ((minute >= 510 && minute < 720) || (minute >= 870 && minute < 1050));
  return { minute, workingDay, workingTime };
}
function holds(
  when: RoutingCondition,
  input: DecisionInput,
  chain: string[],
  kind: 'ordinary' | 'exclusive',
  now: number,
): boolean {
  if (when.categories && !when.categories.some((c) => chain.includes(c))) return false;
  if (when.gridKinds && !when.gridKinds.includes(kind)) return false;
  if (when.priorities && !when.priorities.includes(input.priority ?? 'normal')) return false;
  if (when.times) {
    const t = localTime(now);
    const [s, e] = [ruleSet.night.start, ruleSet.night.end].map(
      (x) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3)),
    );
    const ok = when.times.some((time) =>
      time === 'working-hours'
        ? t.workingTime
        : time === 'off-hours'
          ? !t.workingTime
          : time === 'rest-day'
            ? !t.workingDay
            : s! <= e!
              ? t.minute >= s! && t.minute < e!
              : t.minute >= s! || t.minute < e!,
    );
    if (!ok) return false;
  }
  if (when.repeated && input.location) {
    const [lon, lat] = input.location.point.coordinates;
    const group = chain.at(-1);
    const n =
      1 +
      activity
        .near(lon, lat, when.repeated.radiusMeters, now - when.repeated.withinDays * 86_400_000)
        .filter((e) => chainOf(e.categoryCode).at(-1) === group).length;
    if (n < when.repeated.atLeast) return false;
  }
  return true;
}
function naive(input: DecisionInput, now: number): Decision {
  const category = district.categories.get(input.categoryCode)!;
  const chain = chainOf(category.code);
  let startLevel = category.startLevel;
  let departmentId = category.departmentId;
  let skills: readonly string[] = [];
  const deadlines = { ...category.deadlines };
  for (const policy of ruleSet.categories) {
    if (!policy.categories.some((c) => chain.includes(c))) continue;
    startLevel = policy.startLevel ?? startLevel;
    departmentId = policy.departmentId ?? departmentId;
    skills = policy.skills ?? skills;
    Object.assign(deadlines, policy.deadlines);
  }
  const grid = district.units.get(input.gridId)!;
  if (grid.kind !== 'grid') throw new Error('not a grid');
  let level = startLevel;
  let unit = 'level';
  let scope: 'grid' | 'community' | 'none' | undefined;
  const traces = [];
  let finalRule: string | undefined;
  for (const rule of ruleSet.routes) {
    if (finalRule) {
      traces.push({
        id: rule.id,
        name: rule.name,
        final: rule.final,
        outcome: { applied: false, because: 'after-final', finalRule } as const,
        changed: [],
      });
      continue;
    }
    const applies = holds(rule.when, input, chain, grid.record.kind, now);
    if (applies) {
      if (rule.then.level && rank(rule.then.level) >= rank(startLevel)) level = rule.then.level;
      unit = rule.then.unit ?? unit;
      departmentId = rule.then.departmentId ?? departmentId;
      scope = rule.then.workers ?? scope;
      if (rule.final) finalRule = rule.id;
    }
    traces.push({
      id: rule.id,
      name: rule.name,
      final: rule.final,
      outcome: applies
        ? ({ applied: true } as const)
        : ({ applied: false, because: 'categories', actual: '' } as const),
      changed: [],
    });
  }
  if (unit === 'command-centre') [level, scope] = ['district', 'none'];
  const community = grid.parentId;
  const street = district.units.get(community)!.parentId!;
  let unitId =
    level === 'grid'
      ? grid.record.id
      : level === 'community'
        ? community
        : level === 'street'
          ? street
          : district.bundle.district.id;
  const institution = grid.record.institution?.residentUnitId;
  const toInstitution = unit === 'institution' && institution !== undefined;
  if (toInstitution) unitId = institution;
  scope ??= level === 'grid' && !toInstitution ? 'grid' : 'none';
  let worker: WorkerTrace = { scope, onDuty: [] };
  if (scope !== 'none') {
    const root = scope === 'grid' ? grid.record.id : community;
    const units = [
      root,
      ...(district.children.get(root) ?? []).flatMap((c) => [
        c.record.id,
        ...(district.children.get(c.record.id) ?? []).map((m) => m.record.id),
      ]),
    ];
    const on = [
      ...new Set(units.flatMap((u) => onDuty(district, u, new Date(now)).map((p) => p.id))),
    ].sort();
    const last = activity.lastWorkerFor(reporterKey(input.reporter));
    const ranked = on.map((id) => ({
      id,
      k: [
        id === last ? 0 : 1,
        -skills.filter((s) => district.people.get(id)?.skills?.includes(s)).length,
        activity.openCasesOf(id),
      ],
    }));
    ranked.sort(
      (a, b) =>
        a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.k[2]! - b.k[2]! || (a.id < b.id ? -1 : 1),
    );
    worker = { scope, onDuty: on, ...(ranked[0] ? { chosen: ranked[0].id } : {}) };
    if (!ranked[0]) {
      const chief =
        level === 'grid'
          ? workersOf(district, grid.record.id, { roles: ['grid-chief'] })
              .map((p) => p.id)
              .sort()[0]
          : undefined;
      if (chief) worker = { ...worker, chosen: chief, fallback: 'grid-chief' };
      else if (rank(level) < 1)
        [level, unitId, worker] = ['community', community, { ...worker, fallback: 'community' }];
      else worker = { ...worker, fallback: 'unit' };
    }
  }
  const deadline = deadlines[level]!;
  const dueAtMs = addDeadline(rules.calendar, now, deadline);
  const result = {
    level,
    unitId,
    departmentId,
    assign: { unitId },
    deadline,
    dueAt: formatInstant(rules.calendar, dueAtMs),
    dueAtMs,
    startLevel,
    rules: traces,
    worker,
  };
  return {
    ...result,
    explanation: explainDecision(result, rules.categories.get(category.code)!, district),
  };
}

// Same decisions, before anything is timed.
for (const { input, now } of inputs.slice(0, 2_000)) {
  const ours = decide(input, district, rules, roster, now, activity);
  if (!ours.success) throw ours.error;
  const theirs = naive(input, now);
  for (const key of ['level', 'unitId', 'departmentId', 'dueAt'] as const) {
    if (ours.data[key] !== theirs[key])
      throw new Error(`${key} differs: ${ours.data[key]} vs ${theirs[key]}`);
  }
  if (ours.data.workerId !== theirs.worker.chosen)
    throw new Error(`worker differs for ${JSON.stringify(input)}`);
}

describe(`${DECISIONS.toLocaleString('en')} decisions on the Yingze-size demo district`, () => {
  bench(
    ...rated(
      'wangge decide (compiled rules, duty roster, activity index)',
      DECISIONS,
      'decisions',
      () => {
        for (const { input, now } of inputs)
          if (!decide(input, district, rules, roster, now, activity).success)
            throw new Error('refused');
      },
      { iterations: 5 },
    ),
  );
  bench(
    ...rated(
      'naive interpreter scanning the rule set and the roster',
      DECISIONS,
      'decisions',
      () => {
        for (const { input, now } of inputs) naive(input, now);
      },
      { iterations: 2 },
    ),
  );
});
