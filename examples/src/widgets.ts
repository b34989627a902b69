// The every-widget page's script (widgets.html). The elements come from the self-contained
// bundle; this file loads the cases and one case's event log (written into data/ by
// scripts/build-example-data.mjs) into them, and wires their events as a host page would.
import type {
  GridMapCounts,
  GridMapMarker,
  WgCaseCard,
  WgCaseList,
  WgCaseTimeline,
  WgDistrict,
  WgGridMap,
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
