// The district portal's page script (examples/index.html): the Yingze demo district at work.
// The elements come from the self-contained bundle; this script bundles @wangge/core and runs
// the case engine in the page, with a simulated clock and a seeded simulation of the day. Data
// flows one way: widgets emit events, this script turns them into commands at the desk, and the
// new state goes back to the widgets as properties.
import type {
  WgCaseCard,
  WgCaseList,
  WgCaseTimeline,
  WgContactCard,
  WgDistrict,
  WgGridMap,
  WgKpiPanel,
  WgLevelChart,
  WgReportForm,
} from '@wangge/elements';
import { CaseStaff } from './case-staff.js';
import { allSummaries, caseOverview } from './case-overview.js';
import { CommandDesk } from './command-desk.js';
import { Dashboard, beijingIso } from './dashboard.js';
import { applyPageText, text, type PageLang } from './page-text.js';
import { loadPortalData } from './portal-data.js';
import { fileReport, type ReportContext } from './report-flow.js';
import { SimClock } from './sim-clock.js';
import { Simulation } from './simulation.js';
import { SPEEDS, readOptions, type Speed } from './url-options.js';

/** The simulation starts on Wednesday at midnight; the live day starts on Thursday at 08:00. */
const SIM_START = Date.parse('2026-11-25T00:00:00+08:00');
const LIVE_START = Date.parse('2026-11-26T08:00:00+08:00');
const HOUR = 3_600_000;
/** The clock re-renders the widgets at most this often (real milliseconds). */
const RENDER_EVERY = 500;

function present<T extends Element>(found: T | null, selector: string): T {
  if (!found) throw new Error(`index.html has no ${selector}`);
  return found;
}

const status = present(document.querySelector<HTMLElement>('#status'), '#status');
const districtElement = present(document.querySelector<WgDistrict>('wg-district'), 'wg-district');
const map = present(document.querySelector<WgGridMap>('#map'), '#map');
const list = present(document.querySelector<WgCaseList>('#cases'), '#cases');
const card = present(document.querySelector<WgCaseCard>('#case'), '#case');
const timeline = present(document.querySelector<WgCaseTimeline>('#history'), '#history');
const contactBox = present(document.querySelector<HTMLElement>('#contact'), '#contact');
const contact = present(
  document.querySelector<WgContactCard>('#contact wg-contact-card'),
  '#contact wg-contact-card',
);
const contactHint = present(document.querySelector<HTMLElement>('#contact-hint'), '#contact-hint');
const caseHint = present(document.querySelector<HTMLElement>('#case-hint'), '#case-hint');
const caseView = present(document.querySelector<HTMLElement>('#case-view'), '#case-view');
const kpis = present(document.querySelector<WgKpiPanel>('#kpis'), '#kpis');
const levels = present(document.querySelector<WgLevelChart>('#levels'), '#levels');
const form = present(document.querySelector<WgReportForm>('wg-report-form'), 'wg-report-form');
const reportStatus = present(
  document.querySelector<HTMLElement>('#report-status'),
  '#report-status',
);
const decisionBox = present(document.querySelector<HTMLElement>('#decision'), '#decision');
const decisionText = present(
  document.querySelector<HTMLElement>('#decision-text'),
  '#decision-text',
);
const simTime = present(document.querySelector<HTMLTimeElement>('#sim-time'), '#sim-time');

const options = readOptions(location.search);
let lang: PageLang = options.lang;
/** The simulated instant the page shows. */
let clockNow = LIVE_START;
/** Renders the widgets again (after a language switch), once the engine runs. */
let rerender: (() => void) | undefined;
applyPageText(lang);

// The language switch: the elements follow the page's `lang`; the page's own words are swapped.
const langButtons = document.querySelectorAll<HTMLButtonElement>('[data-lang]');
function setLang(next: PageLang): void {
  lang = next;
  applyPageText(lang);
  for (const button of langButtons) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  showTime();
  rerender?.();
}
for (const button of langButtons) {
  button.addEventListener('click', () => {
    setLang(button.dataset.lang === 'en' ? 'en' : 'zh-CN');
  });
}
setLang(lang);

// The colour switch of the map: open or overdue cases.
const colorButtons = document.querySelectorAll<HTMLButtonElement>('[data-color-by]');
for (const button of colorButtons) {
  button.addEventListener('click', () => {
    map.colorBy = button.dataset.colorBy === 'overdue' ? 'overdue' : 'open';
    for (const other of colorButtons) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

function showTime(): void {
  simTime.dateTime = beijingIso(clockNow);
  simTime.textContent = new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(clockNow);
}

async function start(): Promise<void> {
  status.textContent = text(lang, 'loading');
  const data = await loadPortalData();
  // One fetch: the provider gets the same JSON the engine was loaded from.
  districtElement.district = data.bundleJson;
  districtElement.layer = data.layerJson;

  const desk = new CommandDesk(data.district, data.rules, SIM_START);
  const staff = new CaseStaff(data.district);
  const context: ReportContext = { ...data, staff, desk };
  const simulation = new Simulation(context, data.layer, { seed: options.seed, start: SIM_START });
  const dashboard = new Dashboard(kpis, levels, data.district);

  // Yesterday and the night, at once, so that the day starts with a history; then the test
  // hook `advance` runs some hours more before the clock starts.
  clockNow = LIVE_START + options.advance * HOUR;
  await simulation.advanceTo(clockNow);

  let selectedCase = '';
  let selectedGrid = '';
  let dirty = true;
  let lastRender = 0;
  let rendering = false;

  async function render(): Promise<void> {
    if (rendering) return;
    rendering = true;
    dirty = false;
    lastRender = performance.now();
    try {
      const now = desk.now;
      const rows = await allSummaries(desk);
      const overview = caseOverview(rows, desk.locations, data.district, now, lang);
      list.now = now;
      list.cases = overview.rows;
      map.counts = overview.counts;
      map.markers = overview.markers;
      dashboard.update(desk.events, now, lang);
      if (selectedCase) await showCase(selectedCase);
    } finally {
      rendering = false;
    }
  }
  rerender = () => {
    dirty = true;
    void render();
  };
  desk.onChange(() => {
    dirty = true;
    if (performance.now() - lastRender >= RENDER_EVERY) void render();
  });

  async function showCase(caseId: string): Promise<void> {
    const record = await desk.load(caseId);
    if (!record) return;
    card.now = desk.now;
    card.record = record;
    timeline.events = await desk.store.readLog(caseId);
    caseHint.hidden = true;
    caseView.hidden = false;
    showContact(record.gridId);
  }

  function showContact(unitId: string): void {
    const gridId = gridOf(unitId);
    if (!gridId || gridId === selectedGrid) return;
    const entry = data.contacts[gridId];
    if (!entry) return;
    selectedGrid = gridId;
    contact.card = entry;
    contactBox.hidden = false;
    contactHint.hidden = true;
  }

  /** The grid of a grid or micro-grid (streets and communities have many). */
  function gridOf(unitId: string): string | undefined {
    const unit = data.district.units.get(unitId);
    if (!unit) return undefined;
    if (unit.kind === 'grid') return unitId;
    if (unit.kind === 'micro-grid') return unit.parentId;
    return undefined;
  }

  // A unit chosen on the map (or in its tree) filters the list, and shows its grid's card.
  map.addEventListener('wg-grid-select', (event) => {
    list.grid = event.unitId;
    showContact(event.unitId);
  });

  // A case chosen in the list, on the card's title or as a marker on the map.
  document.addEventListener('wg-case-select', (event) => {
    selectedCase = event.caseId;
    list.selected = event.caseId;
    void showCase(event.caseId);
  });

  // A report from the form becomes a case: located, decided, reported, filed and assigned by
  // the command centre's operator who took the call.
  const operator = staff.of(data.district.bundle.district.id, 'command-operator')[0] ?? '';
  let lastDecision: { caseId: string; explanation: Record<PageLang, string> } | undefined;
  form.addEventListener('wg-report', (event) => {
    // Keep what was typed until the engine has accepted it.
    event.preventDefault();
    const report = event.report;
    form.disabled = true;
    void fileReport(context, operator, report)
      .then(async (outcome) => {
        if (!outcome.ok) {
          reportStatus.textContent = `${text(lang, 'refused')}${outcome.message[lang]}`;
          return;
        }
        form.showSubmitted(report);
        simulation.adopt(outcome.caseId);
        lastDecision = {
          caseId: outcome.caseId,
          explanation: {
            'zh-CN': outcome.decision.explanation['zh-CN'],
            en: outcome.decision.explanation.en,
          },
        };
        showDecision();
        selectedCase = outcome.caseId;
        list.selected = outcome.caseId;
        desk.notify();
        await render();
      })
      .finally(() => {
        form.disabled = false;
      });
  });

  function showDecision(): void {
    if (!lastDecision) return;
    reportStatus.textContent = `${text(lang, 'accepted')} ${lastDecision.caseId}`;
    decisionText.textContent = lastDecision.explanation[lang];
    decisionBox.hidden = false;
  }
  const previousRerender = rerender;
  rerender = () => {
    showDecision();
    previousRerender();
  };

  // Invalid data in any element: what and where, never the data itself.
  document.addEventListener('wg-error', (event) => {
    status.textContent = event.error.format(lang);
  });

  // The clock, and its speed buttons.
  const clock = new SimClock(
    clockNow,
    options.speed,
    (now) => simulation.advanceTo(now),
    (now) => {
      clockNow = now;
      showTime();
      if (dirty && performance.now() - lastRender >= RENDER_EVERY) void render();
    },
  );
  const speedButtons = document.querySelectorAll<HTMLButtonElement>('[data-speed]');
  const showSpeed = (speed: Speed) => {
    for (const button of speedButtons) {
      button.setAttribute('aria-pressed', String(Number(button.dataset.speed) === speed));
    }
  };
  for (const button of speedButtons) {
    button.addEventListener('click', () => {
      const speed = Number(button.dataset.speed);
      const chosen = SPEEDS.find((s) => s === speed) ?? 0;
      clock.setSpeed(chosen);
      showSpeed(chosen);
    });
  }
  showSpeed(options.speed);
  showTime();
  await render();
  clock.start();
  status.textContent = text(lang, 'ready');
  document.body.dataset.ready = 'true';
}

void start().catch((error: unknown) => {
  status.textContent = text(lang, 'loadFailed');
  console.error(error);
});
