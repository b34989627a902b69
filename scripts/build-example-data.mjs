// Writes the data of the every-widget page (examples/widgets.html) into examples/data/: a small
// demo district and its grid layer, cases made by the case engine, and the event log of one of
// them. Seeded and on a fixed clock, so every build writes the same files. Runs after rollup
// (`npm run build` and `npm test` do): it uses @wangge/core as built, as a host's own tooling
// would.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  GridIndex,
  createCaseEngine,
  isOverdue,
  loadDistrict,
  publicDistrictBundle,
  summarizeCase,
  workersOf,
} from '@wangge/core';
import { YINGZE_BOUNDARY, generateDemoDistrict, generateDemoGeometry } from '@wangge/core/demo';

const SEED = 20261126;
/** Text that looks like markup: every widget must show it as text. */
const MARKUP = '<img src=x onerror=alert(1)>';
/** When the page judges what is overdue: the next morning, China Standard Time. */
const AS_OF = '2026-11-24T09:00:00+08:00';
const T0 = Date.parse('2026-11-23T09:30:00+08:00');

const out = new URL('../examples/data/', import.meta.url);

const bundle = generateDemoDistrict({ seed: SEED, scale: 0.05, householdsPerMicroGrid: 1 });
const layer = generateDemoGeometry(bundle, YINGZE_BOUNDARY, { seed: SEED });
const loaded = loadDistrict(bundle);
if (!loaded.success) throw loaded.error;
const district = loaded.data;
const index = GridIndex.fromLayer(layer);

/** @param {string} unit @param {import('@wangge/core').Role} role */
const first = (unit, role) => {
  const id = workersOf(district, unit, { roles: [role] })[0]?.id;
  if (!id) throw new Error(`no ${role} for ${unit}`);
  return id;
};

/** A point inside a micro-grid of the grid (the mean of its outline's vertices, if inside). */
function pointIn(/** @type {string} */ gridId) {
  for (const feature of layer.features) {
    const { properties, geometry } = feature;
    if (properties.level !== 'micro-grid' || properties.parentId !== gridId) continue;
    const ring =
      geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
    if (!ring) continue;
    const vertices = ring.slice(0, -1);
    const lon = vertices.reduce((sum, [x]) => sum + x, 0) / vertices.length;
    const lat = vertices.reduce((sum, [, y]) => sum + y, 0) / vertices.length;
    const found = index.locatePosition(lon, lat);
    if (found.status === 'inside' && found.gridId === gridId) {
      const round = (/** @type {number} */ v) => Math.round(v * 1e6) / 1e6;
      return { point: [round(lon), round(lat)], microGridId: found.microGridId };
    }
  }
  throw new Error(`no point found inside grid ${gridId}`);
}

// Three staffed ordinary grids in different streets, so that choosing a unit on the map filters.
const staffed = [];
const streets = new Set();
for (const grid of bundle.grids) {
  if (grid.kind !== 'ordinary') continue;
  const street = district.units.get(grid.communityId)?.parentId ?? '';
  if (streets.has(street)) continue;
  try {
    staffed.push({
      gridId: grid.id,
      worker: first(grid.id, 'grid-worker'),
      chief: first(grid.id, 'grid-chief'),
      cadre: first(grid.communityId, 'community-cadre'),
      streetCadre: first(street, 'street-cadre'),
    });
    streets.add(street);
  } catch {
    continue;
  }
  if (staffed.length === 3) break;
}
if (staffed.length < 3) throw new Error('the demo district has fewer than three staffed grids');

// A name that looks like markup, on the grid with the most cases: the map's tree, the list's
// places, the card and the report form's grid select all show it.
const markupGrid = staffed[0]?.gridId ?? '';
for (const grid of bundle.grids) if (grid.id === markupGrid) grid.name += MARKUP;
for (const feature of layer.features) {
  if (feature.properties.id === markupGrid) feature.properties.name += MARKUP;
}
const named = loadDistrict(bundle);
if (!named.success) throw named.error;

let now = T0;
const engine = createCaseEngine({ district: named.data, clock: () => now });
let commands = 0;
/** @param {string} actorId @param {string} caseId @param {Record<string, unknown>} command */
async function run(actorId, caseId, command) {
  const record = await engine.store.load(caseId);
  const result = await engine.execute({
    commandId: `cmd-${String(++commands)}`,
    caseId,
    expectedVersion: record?.version ?? 0,
    actorId,
    ...command,
  });
  if (!result.success) throw result.error;
  now += 25 * 60_000;
  return result.data.record;
}

/** @param {(typeof staffed)[number]} grid @param {string} caseId @param {string} categoryCode @param {string} description @param {Record<string, unknown>} [reporter] */
function report(grid, caseId, categoryCode, description, reporter) {
  const { point, microGridId } = pointIn(grid.gridId);
  return run(grid.worker, caseId, {
    type: 'report',
    categoryCode,
    gridId: grid.gridId,
    microGridId,
    description,
    location: { point: { type: 'Point', coordinates: point }, coordinateSystem: 'GCJ02' },
    reporter: reporter ?? { kind: 'grid-worker', personId: grid.worker },
  });
}

const [a, b, c] = /** @type {[typeof staffed[0], typeof staffed[0], typeof staffed[0]]} */ (
  staffed
);
const resident = { kind: 'resident', name: '王秀英', mobile: '13912345678' };

// The case of the timeline: reported by a resident, escalated to the community with a handover
// sheet, resolved, sent back for rework by the street, resolved again.
await report(a, 'c-0001', 'ZZ-02', `邻里噪音纠纷，夜间持续 ${MARKUP}`, resident);
await run(a.chief, 'c-0001', { type: 'file' });
await run(a.chief, 'c-0001', { type: 'assign', workerId: a.worker });
await run(a.worker, 'c-0001', { type: 'start-investigation' });
await run(a.worker, 'c-0001', {
  type: 'escalate',
  handover: {
    reason: `涉及多户，网格内无法协调 ${MARKUP}`,
    tried: '两次入户调解',
    attachments: ['/files/site.jpg'],
  },
});
await run(a.cadre, 'c-0001', { type: 'start-investigation' });
await run(a.cadre, 'c-0001', {
  type: 'resolve',
  resolution: '已组织双方调解',
  feedback: { channel: 'phone' },
});
await run(a.streetCadre, 'c-0001', { type: 'fail-verification', reason: '回访：噪音仍在' });
await run(a.cadre, 'c-0001', {
  type: 'resolve',
  resolution: '已加装隔音设施',
  feedback: { channel: 'visit' },
});

await report(a, 'c-0002', 'YJ-02', '楼道堆放杂物，堵塞消防通道', {
  kind: 'hotline',
  name: '李建国',
  mobile: '13712345678',
});
await report(a, 'c-0003', 'CG-05', '井盖缺失');
await run(a.chief, 'c-0003', { type: 'file' });
await run(a.chief, 'c-0003', { type: 'assign', workerId: a.worker });
await run(a.worker, 'c-0003', { type: 'start-investigation' });
await report(b, 'c-0004', 'CG-01', '路灯不亮');
await run(b.chief, 'c-0004', { type: 'file' });
await run(b.chief, 'c-0004', { type: 'assign' });
await run(b.worker, 'c-0004', { type: 'start-investigation' });
await run(b.worker, 'c-0004', {
  type: 'resolve',
  resolution: '已更换灯泡',
  feedback: { channel: 'visit' },
});
await run(b.chief, 'c-0004', { type: 'pass-verification' });
await run(b.chief, 'c-0004', { type: 'archive' });
await report(b, 'c-0005', 'CG-02', '小区门口占道经营', resident);
await report(c, 'c-0006', 'CG-03', '绿化带垃圾堆积');
await run(c.chief, 'c-0006', { type: 'file' });

const records = (await engine.store.list({ limit: 1000, sort: 'createdAt' })).items;
const cases = await Promise.all(records.map(async ({ id }) => engine.store.load(id)));
const asOf = Date.parse(AS_OF);
/** @type {Record<string, { open: number, overdue: number }>} */
const counts = {};
const markers = [];
for (const record of cases) {
  if (!record) throw new Error('a listed case could not be loaded');
  const summary = summarizeCase(record);
  const overdue = isOverdue(summary, asOf);
  if (record.step !== 'archived') {
    const entry = (counts[record.gridId] ??= { open: 0, overdue: 0 });
    entry.open += 1;
    if (overdue) entry.overdue += 1;
  }
  const category = named.data.categories.get(record.categoryCode);
  markers.push({ id: record.id, location: record.location, overdue, label: category?.name.zh });
}

mkdirSync(out, { recursive: true });
const write = (/** @type {string} */ name, /** @type {unknown} */ value) => {
  writeFileSync(new URL(name, out), `${JSON.stringify(value)}\n`);
};
// What a browser may have of the district: no residents, households or staff mobiles.
write('district.json', publicDistrictBundle(named.data.bundle));
write('grids.geojson', layer);
// `markupGridId` tells the end-to-end test which grid carries the markup-like name.
write('cases.json', { asOf: AS_OF, markupGridId: markupGrid, cases, counts, markers });
write('timeline.json', await engine.store.readLog('c-0001'));
console.log(
  `example data: ${String(cases.length)} cases in ${String(Object.keys(counts).length)} grids → examples/data/`,
);
