// <wg-case-list> in Chromium: time to the first frame of a 10,000-case list, virtualised, against
// the obvious alternative, a plain Lit `repeat` of the same rows (same template, same styles);
// and a filter or sort change on the mounted list; and the data work alone. Cases are seeded summaries over the demo
// district (Yingze at a fifth of its size), with its names. Each iteration first removes the
// previous iteration's list, which is timed too: cheap for the virtualised list (a screenful of
// rows), not for the plain one.
import { CASE_STEPS, HANDLING_LEVELS, loadDistrict, type CaseSummary } from '@wangge/core';
import { generateDemoDistrict } from '@wangge/core/demo';
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { bench, describe } from 'vitest';
import { caseListStyles } from '../src/case-list/case-list.styles.js';
import '../src/case-list/case-list.js';
import type { WgCaseList } from '../src/case-list/case-list.component.js';
import { CaseIndex } from '../src/case-list/case-filter.js';
import { readCases } from '../src/case-list/read-cases.js';
import { renderCaseRow } from '../src/case-list/case-row.js';
import { formatDateTime } from '../src/shared/format-time.js';
import { themeStyles } from '../src/shared/theme.styles.js';
import { WanggeElement } from '../src/shared/wangge-element.js';

const T0 = Date.parse('2026-11-26T09:30:00+08:00');
const HOUR = 3_600_000;
const COUNT = 10_000;

const loaded = loadDistrict(generateDemoDistrict({ seed: 7, scale: 0.2 }));
if (!loaded.success) throw new Error(loaded.error.format('en'));
const district = loaded.data;

/** mulberry32: a small seeded PRNG, so that every run lists the same cases. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function iso(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

function seededCases(n: number, seed = 20261126): CaseSummary[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const grids = district.bundle.grids;
  const categories = district.bundle.categories.map((c) => c.code);
  return Array.from({ length: n }, (_, i) => {
    const grid = pick(grids);
    const community = district.units.get(grid.communityId);
    const streetId = community?.parentId ?? 'unknown';
    const worker = district.peopleByUnit.get(grid.id)?.[0]?.id;
    const due = T0 + Math.round((next() - 0.3) * 240) * HOUR;
    const updated = T0 - Math.round(next() * 96 * 60) * 60_000;
    return {
      id: `c-${String(i).padStart(6, '0')}`,
      categoryCode: pick(categories),
      priority: next() < 0.05 ? 'urgent' : 'normal',
      step: pick(CASE_STEPS),
      level: pick(HANDLING_LEVELS),
      unitId: grid.id,
      ...(worker === undefined ? {} : { workerId: worker }),
      gridId: grid.id,
      communityId: grid.communityId,
      streetId,
      districtId: district.bundle.district.id,
      dueAt: iso(due),
      dueAtMs: due,
      suspended: next() < 0.02,
      deadlineMissed: false,
      createdAt: iso(updated - 48 * HOUR),
      updatedAt: iso(updated),
      version: 3,
    } satisfies CaseSummary;
  });
}

const cases = seededCases(COUNT);

/** The alternative: every row in the DOM, with the list's own row template and styles. */
class PlainCaseList extends WanggeElement {
  static override styles = [themeStyles, caseListStyles];
  // No decorators: this file is compiled outside the package's tsconfig.
  static override properties = { rows: { attribute: false } };
  declare rows: readonly CaseSummary[];

  constructor() {
    super();
    this.rows = [];
  }

  protected override render(): TemplateResult {
    const locale = this.localize.locale();
    const ctx = {
      localize: this.localize,
      locale,
      district,
      nowMs: T0,
      selected: '',
      activeIndex: 0,
      total: this.rows.length,
      formatDue: (row: CaseSummary) => formatDateTime(locale, row.dueAtMs, 'Asia/Shanghai'),
    };
    return html`<div part="base" class="base">
      <div class="list" role="listbox" aria-label="cases">
        ${repeat(
          this.rows,
          (row) => row.id,
          (row, i) => renderCaseRow(row, i, ctx),
        )}
      </div>
    </div>`;
  }
}
customElements.define('bench-plain-case-list', PlainCaseList);

const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

function createList(): WgCaseList {
  const el = document.createElement('wg-case-list');
  el.setAttribute('now', String(T0));
  el.district = district;
  return el;
}

let mounted: HTMLElement | undefined;
function replaceMounted(el: HTMLElement): void {
  mounted?.remove();
  mounted = el;
  document.body.append(el);
}

const heavy = { time: 0, iterations: 8, warmupTime: 0, warmupIterations: 1 };

describe(`first frame of ${COUNT.toLocaleString('en')} cases`, () => {
  bench(
    'wg-case-list (virtualised)',
    async () => {
      const el = createList();
      replaceMounted(el);
      el.cases = cases;
      await el.updateComplete;
      await nextFrame();
      // The frame must show rows, or the figure would time an empty list.
      if (!el.shadowRoot?.querySelector('[role="option"]')) throw new Error('no rows rendered');
    },
    heavy,
  );

  bench(
    'plain repeat of the same rows',
    async () => {
      const el = new PlainCaseList();
      replaceMounted(el);
      el.rows = cases;
      await el.updateComplete;
      await nextFrame();
    },
    heavy,
  );
});

describe(`filter and sort changes on ${COUNT.toLocaleString('en')} cases`, () => {
  // Mounted on first use (hooks do not run around browser benches), once for the group.
  let ready: Promise<WgCaseList> | undefined;
  const mountedList = () =>
    (ready ??= (async () => {
      const el = createList();
      replaceMounted(el);
      el.cases = cases;
      await el.updateComplete;
      await nextFrame();
      return el;
    })());

  let flip = false;
  bench('status open ⇄ all, to the next frame', async () => {
    const list = await mountedList();
    flip = !flip;
    list.status = flip ? 'open' : '';
    await list.updateComplete;
    await nextFrame();
  });

  let level = 0;
  bench('level and overdue, to the next frame', async () => {
    const list = await mountedList();
    level = (level + 1) % (HANDLING_LEVELS.length + 1);
    list.level = HANDLING_LEVELS[level] ?? '';
    list.overdue = level % 2 === 0;
    await list.updateComplete;
    await nextFrame();
  });

  let sort = 0;
  const sorts = ['due-desc', 'updated', 'due-asc'] as const;
  bench('sort due ⇄ updated, to the next frame', async () => {
    const list = await mountedList();
    sort = (sort + 1) % sorts.length;
    list.sort = sorts[sort]!;
    await list.updateComplete;
    await nextFrame();
  });
});

// What a first frame or a filter change costs before any DOM: reading and checking the input,
// building the sort orders (once per `cases`), and one filter pass.
describe(`the list's data work on ${COUNT.toLocaleString('en')} cases`, () => {
  const index = new CaseIndex(cases);
  bench('readCases (check every summary)', () => {
    readCases(cases);
  });
  bench('new CaseIndex (due-time order)', () => {
    new CaseIndex(cases);
  });
  bench('query: open, overdue, by due time', () => {
    index.query({ status: 'open', overdue: true }, 'due-asc', T0);
  });
  bench('query: street level, most recently updated', () => {
    index.query({ level: 'street' }, 'updated', T0);
  });
});
