// The every-widget page's script (widgets.html). The elements come from the self-contained
// bundle; this file loads the cases and one case's event log (written into data/ by
// scripts/build-example-data.mjs) into them, and wires their events as a host page would.
import type { KpiRatio, KpiReport } from '@wangge/core';
import type {
  GridMapCounts,
  GridMapMarker,
  KpiMetric,
  WgCaseCard,
  WgCaseList,
  WgCaseTimeline,
  WgDistrict,
  WgGridMap,
  WgKpiPanel,
  WgLevelChart,
} from '@wangge/elements';

/** What data/cases.json holds: the cases and what the map shows of them, as of one instant. */
interface CaseData {
  readonly asOf: string;
  readonly cases: readonly { readonly id: string }[];
  readonly counts: GridMapCounts;
  readonly markers: readonly GridMapMarker[];
}

function present<T>(found: T | null, selector: string): T {
  if (!found) throw new Error(`widgets.html has no ${selector}`);
  return found;
}

const status = present(document.querySelector<HTMLElement>('#status'), '#status');
const district = present(document.querySelector<WgDistrict>('wg-district'), 'wg-district');
const overview = present(document.querySelector<WgGridMap>('#overview-map'), '#overview-map');
const list = present(document.querySelector<WgCaseList>('#cases'), '#cases');
const card = present(document.querySelector<WgCaseCard>('#case'), '#case');
const history = present(document.querySelector<WgCaseTimeline>('#history'), '#history');
const kpis = present(document.querySelector<WgKpiPanel>('#kpis'), '#kpis');
const kpiMap = present(document.querySelector<WgGridMap>('#kpi-map'), '#kpi-map');
const levels = present(document.querySelector<WgLevelChart>('#levels'), '#levels');
const english = () => document.documentElement.lang === 'en';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang ?? 'zh-CN';
    for (const other of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

async function load<T>(name: string): Promise<T> {
  const response = await fetch(`./data/${name}`);
  if (!response.ok) throw new Error(`data/${name}: ${String(response.status)}`);
  return (await response.json()) as T;
}

async function showCases(): Promise<void> {
  const [data, events] = await Promise.all([
    load<CaseData>('cases.json'),
    load<unknown>('timeline.json'),
  ]);
  const byId = new Map(data.cases.map((record) => [record.id, record]));
  list.now = data.asOf;
  list.cases = data.cases;
  card.now = data.asOf;
  card.record = data.cases[0];
  history.events = events;
  overview.counts = data.counts;
  overview.markers = data.markers;

  // A case chosen in the list or on the map opens in the card.
  document.addEventListener('wg-case-select', (event) => {
    const record = byId.get(event.caseId);
    if (!record) return;
    card.record = record;
    list.selected = event.caseId;
  });
}

showCases().catch(() => {
  status.textContent = '无法加载案件 · The cases could not be loaded';
});

// A unit chosen on the map (or in its tree) filters the list to the cases inside it.
overview.addEventListener('wg-grid-select', (event) => {
  list.grid = event.unitId;
});

// The host turns a report into a `report` command; here it only says what it received.
document.addEventListener('wg-report', (event) => {
  const { gridId } = event.report;
  const grid = district.value.district?.units.get(gridId)?.record.name ?? gridId;
  status.textContent = english() ? `Report received: ${grid}` : `已收到上报：${grid}`;
});

document.addEventListener('wg-error', (event) => {
  status.textContent = event.error.format(english() ? 'en' : 'zh-CN');
});

// The command centre's figures. A host computes them with @wangge/core's `computeKpis` (and
// `computeKpisByUnit`, `kpiSeries`) from its event log; this page makes seeded fixtures instead.

/** Text that looks like markup, as a unit's label: the level chart must show it as text. */
const MARKUP = '<img src=x onerror=alert(1)>';

/** A small seeded generator (mulberry32), so that every load shows the same figures. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ratio = (numerator: number, denominator: number): KpiRatio => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});
const NO_STAYS = { count: 0, meanMs: null, p90Ms: null };

/** A month of 2026 (1–12) as a KPI window. */
function month(m: number): { from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `2026-${pad(m)}-01T00:00:00+08:00`,
    to: m === 12 ? '2027-01-01T00:00:00+08:00' : `2026-${pad(m + 1)}-01T00:00:00+08:00`,
  };
}

/** A consistent fixture report; `nothingDue` gives a unit with no closure due (its rates null). */
function fixtureReport(seed: number, m: number, scale = 1, nothingDue = false): KpiReport {
  const random = seeded(seed);
  const int = (max: number) => Math.floor(random() * (max + 1) * scale);
  const grid = nothingDue ? 0 : 8 + int(20);
  const community = nothingDue ? 0 : int(8);
  const street = nothingDue ? 0 : int(4);
  const district = nothingDue ? 0 : int(2);
  const closed = grid + community + street + district;
  const closuresDue = nothingDue ? 0 : closed + int(8);
  const closedOnTime = Math.round(closed * (0.65 + 0.35 * random()));
  const reworked = Math.round(closed * 0.12 * random());
  const extended = Math.round(closuresDue * 0.15 * random());
  return {
    ...month(m),
    scope: null,
    reported: closuresDue + int(10),
    filed: closuresDue + int(6),
    rejected: int(3),
    closuresDue,
    closed,
    closedOnTime,
    reworked,
    extended,
    closureRate: ratio(closed, closuresDue),
    onTimeRate: ratio(closedOnTime, closuresDue),
    reworkRate: ratio(reworked, closed),
    extensionRate: ratio(extended, closuresDue),
    suspensions: {
      requested: int(4),
      approved: int(3),
      declined: int(1),
      resumed: int(2),
      inForce: int(3),
    },
    escalations: { byDeadline: int(3), byRequest: int(4) },
    open: int(30),
    overdueNow: int(6),
    timePerStep: {
      reported: NO_STAYS,
      filed: NO_STAYS,
      assigned: NO_STAYS,
      investigating: NO_STAYS,
      resolved: NO_STAYS,
    },
    timePerLevel: { grid: NO_STAYS, community: NO_STAYS, street: NO_STAYS, district: NO_STAYS },
    resolvedAtLevel: {
      grid: ratio(grid, closed),
      community: ratio(community, closed),
      street: ratio(street, closed),
      district: ratio(district, closed),
    },
  };
}

// The district's figures for June to November, the last compared with the one before.
const series = [6, 7, 8, 9, 10, 11].map((m) => fixtureReport(100 + m, m, 8));
kpis.series = series;
kpis.report = series.at(-1);
kpis.previous = series.at(-2);
kpis.selected = 'onTimeRate';

/**
 * One figure of each unit's report: what `kpiValues(byGrid, metric)` of @wangge/elements does
 * (this page loads the kit from its bundle and imports only types).
 */
function valuesOf(reports: ReadonlyMap<string, KpiReport>, metric: KpiMetric) {
  const read = (r: KpiReport): number | null => {
    switch (metric) {
      case 'suspensionsInForce':
        return r.suspensions.inForce;
      case 'resolvedAtGrid':
        return r.resolvedAtLevel.grid.value;
      case 'overdueNow':
      case 'open':
      case 'closed':
        return r[metric];
      default:
        return r[metric].value;
    }
  };
  return new Map([...reports].map(([id, r]) => [id, read(r)]));
}

let byGrid = new Map<string, KpiReport>();
let metric: KpiMetric = 'onTimeRate';

// Once the layer is read: a report per grid for the map (every seventh with nothing due, shown
// hatched as "no data"), one per street for the level chart.
function showUnits(): void {
  const { district: loaded, layer } = district.value;
  if (!layer) return;
  const features = layer.features.map((f) => f.properties);
  byGrid = new Map(
    features
      .filter((p) => p.level === 'grid')
      .map((p, i) => [p.id, fixtureReport(1000 + i, 11, 1, i % 7 === 3)]),
  );
  kpiMap.values = valuesOf(byGrid, metric);
  const streets = features.filter((p) => p.level === 'street');
  levels.reports = streets.map((p, i) => ({
    label: loaded?.units.get(p.id)?.record.name ?? p.name ?? p.id,
    report: fixtureReport(500 + i, 11, 3),
  }));
  levels.reports = [
    ...levels.reports,
    { label: `示范单位${MARKUP}`, report: fixtureReport(599, 11, 2) },
  ];
}
district.addEventListener('wg-district-ready', showUnits);
showUnits();

// A figure chosen in the panel colours the map's grids by it.
kpis.addEventListener('wg-kpi-select', (event) => {
  metric = event.metric;
  kpiMap.values = valuesOf(byGrid, metric);
  kpiMap.valueLabel = event.label;
  kpiMap.valueDirection = event.direction;
  kpiMap.valueFormat = event.format;
});
