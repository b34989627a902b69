// The Node.js quick start: a district's day on the back end, with @wangge/core as built (run
// `npm run build` first, then `node examples/node/run-district.mjs` or `npm run example:node`).
// It loads the demo district on the Yingze boundary, locates points in its grids, decides reports
// with the four-level rules, runs the cases through the engine on a clock it controls, lets the
// deadline sweep escalate the overdue ones, and prints the command centre's figures. Seeded and
// on a fixed clock: every run prints the same. Residents' data is never printed, and staff names
// only masked.
import {
  DutyRoster,
  FOUR_LEVEL_POLICY,
  HANDLING_LEVEL_NAMES,
  GridIndex,
  InMemoryCaseStore,
  chinaWorkingCalendar,
  compileRules,
  computeKpis,
  computeKpisByUnit,
  createCaseEngine,
  decide,
  formatInstant,
  loadDistrict,
  maskName,
  workersOf,
} from '@wangge/core';
import { YINGZE_BOUNDARY, generateDemoDistrict, generateDemoGeometry } from '@wangge/core/demo';
import { heading, percent, printTable } from './print-table.mjs';

const SEED = 20261126;
/** How many reports the grid workers send. */
const REPORTS = 12;
/** Thursday morning, China Standard Time: the day the demo district's roster is generated for. */
const START = Date.parse('2026-11-26T09:00:00+08:00');
/** When the deadline sweep runs: the next evening, when the short deadlines have passed. */
const SWEEP = Date.parse('2026-11-27T18:00:00+08:00');
/** The KPI window `[from, to)`: the two days of the run. */
const WINDOW = { from: '2026-11-26T00:00:00+08:00', to: '2026-11-28T00:00:00+08:00' };

/**
 * A small seeded generator (mulberry32): the demo needs repeatable choices, not good randomness.
 * @param {number} seed
 */
function seeded(seed) {
  let state = seed >>> 0;
  /** @param {number} n @returns {number} an integer in [0, n) */
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const calendar = chinaWorkingCalendar();
/**
 * A time on China Standard Time, as staff read it: 2026-11-26 17:30.
 * @param {string | number} instant
 */
const local = (instant) =>
  formatInstant(calendar, typeof instant === 'number' ? instant : Date.parse(instant))
    .slice(0, 16)
    .replace('T', ' ');

// 1. The district: the demo of Yingze District (迎泽区), tessellated inside its real boundary.
const bundle = generateDemoDistrict({ seed: SEED, scale: 0.05 });
const layer = generateDemoGeometry(bundle, YINGZE_BOUNDARY, { seed: SEED });
const loaded = loadDistrict(bundle);
if (!loaded.success) {
  // What was wrong and where, never the data itself.
  console.error(loaded.error.format('en'));
  process.exit(1);
}
const district = loaded.data;
/** A unit's Chinese name. @param {string | undefined} id */
const unitName = (id) => {
  const unit = id === undefined ? undefined : district.units.get(id);
  return unit ? unit.record.name : (id ?? '—');
};
/** A staff member's name, masked (张*): staff are people too. @param {string | undefined} id */
const staffName = (id) => {
  const person = id === undefined ? undefined : district.people.get(id);
  return person ? maskName(person.name) : '—';
};
/** A grid with its community (grids are numbered within theirs). @param {string} gridId */
const gridName = (gridId) => `${unitName(district.units.get(gridId)?.parentId)}${unitName(gridId)}`;
/** A handling level in both languages; the sweep names levels as strings. @param {string} level */
const levelName = (level) => {
  const names = HANDLING_LEVEL_NAMES[/** @type {import('@wangge/core').HandlingLevel} */ (level)];
  return `${names['zh-CN']} ${names.en}`;
};
/** @param {string} code */
const categoryName = (code) => district.categories.get(code)?.name.zh ?? code;

heading('1. 辖区 District');
console.log(`  ${bundle.district.name} (${bundle.district.nameEn ?? bundle.district.id})`);
printTable([
  ['街道 Streets', '社区 Communities', '网格 Grids', '微网格 Micro-grids', '事项 Categories'],
  [bundle.streets, bundle.communities, bundle.grids, bundle.microGrids, bundle.categories].map(
    (list) => String(list.length),
  ),
]);

// 2. Locating points: a report's coordinates tell which grid and micro-grid it belongs to.
const index = GridIndex.fromLayer(layer);
const random = seeded(SEED);
/**
 * The mean of a feature's outer ring: it may fall outside a concave unit, so it is located.
 * @param {import('@wangge/core').GridFeature} feature
 * @returns {[number, number] | undefined}
 */
function centreOf(feature) {
  const { geometry } = feature;
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  if (!ring) return undefined;
  const vertices = ring.slice(0, -1);
  const mean = (/** @type {0 | 1} */ axis) =>
    Math.round((vertices.reduce((sum, v) => sum + v[axis], 0) / vertices.length) * 1e6) / 1e6;
  return [mean(0), mean(1)];
}

const ordinary = new Set(bundle.grids.filter((grid) => grid.kind === 'ordinary').map((g) => g.id));
const candidates = layer.features.filter(
  (f) => f.properties.level === 'micro-grid' && ordinary.has(f.properties.parentId ?? ''),
);
/** @type {{ point: [number, number], gridId: string, microGridId: string | undefined }[]} */
const places = [];
while (places.length < REPORTS) {
  const feature = candidates[random(candidates.length)];
  const point = feature && centreOf(feature);
  if (!point) continue;
  const found = index.locate({
    point: { type: 'Point', coordinates: point },
    coordinateSystem: 'GCJ02',
  });
  // Only points inside a staffed grid: someone there has to report.
  if (found.status !== 'inside' || found.gridId === undefined) continue;
  if (workersOf(district, found.gridId, { roles: ['grid-worker'] }).length === 0) continue;
  places.push({ point, gridId: found.gridId, microGridId: found.microGridId });
}

heading('2. 定位 Locating points (GridIndex)');
/** @type {string[][]} */
const located = [['经纬度 Lon, lat (GCJ02)', '结果 Status', '网格 Grid', '微网格 Micro-grid']];
for (const { point } of places.slice(0, 3)) {
  const found = index.locatePosition(point[0], point[1]);
  located.push([
    point.join(', '),
    found.status,
    found.status === 'inside' ? unitName(found.gridId) : '—',
    found.status === 'inside' ? unitName(found.microGridId) : '—',
  ]);
}
// Beijing, far outside the district, and a point that is not one: answers, never exceptions.
for (const [lon, lat] of [
  [116.397, 39.909],
  [Number.NaN, 37.86],
]) {
  const found = index.locatePosition(lon ?? Number.NaN, lat ?? Number.NaN);
  located.push([`${String(lon)}, ${String(lat)}`, found.status, '—', '—']);
}
printTable(located);

// 3. The four-level rules (四级处置) decide level, unit, worker and due time of each report.
const compiled = compileRules(FOUR_LEVEL_POLICY, district, { calendar });
if (!compiled.success) {
  console.error(compiled.error.format('en'));
  process.exit(1);
}
const rules = compiled.data;
const roster = DutyRoster.from(district); // the district's own shifts for the roster day

let now = START;
const store = new InMemoryCaseStore();
const engine = createCaseEngine({ district, store, clock: () => now, policy: rules.policy });
let commands = 0;

/**
 * The person who supervises a case at a level: the grid chief, the community or street cadre, the
 * command centre's operator (the first by id, so that every run picks the same).
 * @param {import('@wangge/core').CaseRecord} record
 * @param {import('@wangge/core').HandlingLevel} [level]
 */
function supervisor(record, level = record.level) {
  const [unitId, role] = /** @type {const} */ ({
    grid: [record.gridId, 'grid-chief'],
    community: [record.communityId, 'community-cadre'],
    street: [record.streetId, 'street-cadre'],
    district: [record.districtId, 'command-operator'],
  })[level];
  const id = workersOf(district, unitId, { roles: [role] })
    .map((person) => person.id)
    .sort()[0];
  if (id === undefined) throw new Error(`no ${role} for ${unitId}`);
  return id;
}

/**
 * Sends one command to the engine, as the next command of the case.
 * @param {string} actorId
 * @param {import('@wangge/core').CaseRecord} record
 * @param {Record<string, unknown>} command
 */
async function run(actorId, record, command) {
  const result = await engine.execute({
    commandId: `cmd-${String(++commands)}`,
    caseId: record.id,
    expectedVersion: record.version,
    actorId,
    ...command,
  });
  if (!result.success) {
    throw new Error(`${String(command.type)} on ${record.id}: ${result.error.messageIn('en')}`);
  }
  now += 3 * 60_000; // staff take a few minutes per step
  return result.data.record;
}

/**
 * Files a case and assigns it as the rules decide, at the level they decide.
 * @param {import('@wangge/core').CaseRecord} record
 */
async function dispatch(record) {
  const decision = decide(record, district, rules, roster, now);
  if (!decision.success) throw decision.error;
  let current = record;
  if (current.step === 'reported')
    current = await run(supervisor(current), current, { type: 'file' });
  if (decision.data.level !== current.level) {
    // Nobody on duty in the grid: the rules hand the case to the community, with a handover sheet.
    current = await run(supervisor(current), current, {
      type: 'escalate',
      to: decision.data.level,
      handover: { reason: '网格内无人在岗（nobody on duty in the grid）' },
    });
  }
  current = await run(supervisor(current), current, { type: 'assign', ...decision.data.assign });
  return { record: current, decision: decision.data };
}

/**
 * Who works on a case: its worker, else its department's staff, else its level's supervisor.
 * @param {import('@wangge/core').CaseRecord} record
 */
const handlerOf = (record) =>
  record.workerId ??
  (record.departmentId === undefined
    ? undefined
    : district.peopleByDepartment.get(record.departmentId)?.[0]?.id) ??
  supervisor(record);

const categories = bundle.categories.map((category) => category.code);
/** @type {import('@wangge/core').CaseRecord[]} */
const cases = [];
/** @type {string[][]} */
const decided = [
  ['案件 Case', '事项 Category', '网格 Grid', '层级 Level', '承办 Worker', '时限 Due'],
];
let sample = '';
for (const [n, place] of places.entries()) {
  const categoryCode = categories[random(categories.length)] ?? 'CG-01';
  const reporterId = workersOf(district, place.gridId, { roles: ['grid-worker'] })[0]?.id ?? '';
  const start = decide(
    { categoryCode, gridId: place.gridId, microGridId: place.microGridId, priority: 'normal' },
    district,
    rules,
    roster,
    now,
  );
  if (!start.success) throw start.error;
  const result = await engine.execute({
    type: 'report',
    commandId: `cmd-${String(++commands)}`,
    caseId: `c-${String(n + 1).padStart(4, '0')}`,
    expectedVersion: 0,
    actorId: reporterId,
    categoryCode,
    gridId: place.gridId,
    microGridId: place.microGridId,
    // A fallback to the community is a handover from the grid, recorded by `dispatch`.
    level:
      start.data.worker.fallback === 'community'
        ? (rules.categories.get(categoryCode)?.startLevel ?? 'grid')
        : start.data.level,
    location: { point: { type: 'Point', coordinates: place.point }, coordinateSystem: 'GCJ02' },
    reporter: { kind: 'grid-worker', personId: reporterId },
    description: '巡查发现问题',
  });
  if (!result.success) throw result.error;
  const { record, decision } = await dispatch(result.data.record);
  sample ||= `  ${decision.explanation['zh-CN']}\n  ${decision.explanation.en}`;
  cases.push(record);
  decided.push([
    record.id,
    categoryName(categoryCode),
    gridName(record.gridId),
    levelName(decision.level),
    staffName(record.workerId),
    local(decision.dueAt),
  ]);
}
heading(`3. 规则分派 Decided and assigned (${String(cases.length)} reports)`);
printTable(decided);
console.log('\n  一则解释 One explanation:');
console.log(sample);

// 4. The closed loop: a quarter closed at once, a quarter closed after rework (返工), the rest
// left in hand until the deadline sweep finds them overdue.
for (const [n, first] of cases.entries()) {
  const plan = n % 4;
  if (plan === 3) continue; // assigned, never started
  let record = await run(handlerOf(first), first, { type: 'start-investigation' });
  if (plan === 2) continue; // investigating, never resolved
  const resolve = { type: 'resolve', resolution: '已处理', feedback: { channel: 'phone' } };
  record = await run(handlerOf(record), record, resolve);
  // Verification is someone else's: the supervisor, or the level above when they resolved it.
  const resolver = record.resolvedBy?.kind === 'person' ? record.resolvedBy.personId : '';
  const up = /** @type {const} */ ({
    grid: 'community',
    community: 'street',
    street: 'district',
    district: 'district',
  });
  const verifier =
    supervisor(record) === resolver ? supervisor(record, up[record.level]) : supervisor(record);
  if (plan === 1) {
    record = await run(verifier, record, { type: 'fail-verification', reason: '回访：问题仍在' });
    record = await run(handlerOf(record), record, resolve);
  }
  record = await run(verifier, record, { type: 'pass-verification' });
  await run(supervisor(record), record, { type: 'archive' });
}

now = SWEEP;
const sweep = await engine.tick();
heading(`4. 超期升级 Deadline sweep at ${local(SWEEP)} (engine.tick)`);
/** @type {string[][]} */
const escalated = [['案件 Case', '从 From', '到 To', '新承办单位 Now with']];
// A case overdue long enough goes up several levels in one sweep, a step per level.
/** @type {Map<string, { from: string, to: string }>} */
const climbs = new Map();
for (const { caseId, from, to } of sweep.escalated) {
  climbs.set(caseId, { from: climbs.get(caseId)?.from ?? from, to });
}
for (const [caseId, { from, to }] of climbs) {
  // At its new level a case is decided again and assigned there, as a fresh report would be.
  const record = await store.load(caseId);
  if (!record) continue;
  const { record: assigned } = await dispatch(record);
  escalated.push([caseId, levelName(from), levelName(to), unitName(assigned.unitId)]);
}
printTable(escalated);
console.log(
  `  ${String(climbs.size)} 件升级 cases escalated (${String(sweep.escalated.length)} 级 levels), ` +
    `${String(sweep.failed.length)} 件失败 failed`,
);

// 5. The command centre's figures (考核指标), from the event log alone.
const { events } = store.export();
const kpis = computeKpis(events, WINDOW);
const byStreet = computeKpisByUnit(events, { ...WINDOW, kind: 'street' });
if (!kpis.success || !byStreet.success) {
  const error = kpis.success ? (byStreet.success ? undefined : byStreet.error) : kpis.error;
  console.error(error?.messageIn('en'));
  process.exit(1);
}
const k = kpis.data;
heading(`5. 考核指标 KPIs, ${WINDOW.from} – ${WINDOW.to}`);
printTable([
  ['指标 Figure', '值 Value'],
  ['上报数 Reported', String(k.reported)],
  ['立案数 Filed', String(k.filed)],
  ['结案数 Closed', String(k.closed)],
  ['应结案数 Closures due', String(k.closuresDue)],
  ['结案率 Closure rate', percent(k.closureRate)],
  ['按期结案率 On-time rate', percent(k.onTimeRate)],
  ['返工率 Rework rate', percent(k.reworkRate)],
  ['超期升级 Escalations by deadline', String(k.escalations.byDeadline)],
  ['在办 Open', String(k.open)],
  ['超期 Overdue now', String(k.overdueNow)],
  ['网格办结 Resolved at grid', percent(k.resolvedAtLevel.grid)],
]);

heading('6. 各街道 By street (computeKpisByUnit)');
/** @type {string[][]} */
const streets = [
  [
    '街道 Street',
    '上报 Reported',
    '结案 Closed',
    '在办 Open',
    '超期 Overdue',
    '结案率 Closure',
    '按期率 On time',
  ],
];
const totals = { reported: 0, closed: 0, open: 0, overdueNow: 0 };
for (const [id, report] of [...byStreet.data].sort(([a], [b]) => a.localeCompare(b))) {
  totals.reported += report.reported;
  totals.closed += report.closed;
  totals.open += report.open;
  totals.overdueNow += report.overdueNow;
  streets.push([
    unitName(id),
    String(report.reported),
    String(report.closed),
    String(report.open),
    String(report.overdueNow),
    percent(report.closureRate),
    percent(report.onTimeRate),
  ]);
}
// The streets tile the district, so their figures add up to the district's.
streets.push([
  '合计 Total',
  ...[totals.reported, totals.closed, totals.open, totals.overdueNow].map(String),
  percent(k.closureRate),
  percent(k.onTimeRate),
]);
printTable(streets);
