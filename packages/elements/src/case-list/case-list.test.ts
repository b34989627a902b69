import {
  CASE_STEPS,
  HANDLING_LEVELS,
  InMemoryCaseStore,
  WanggeValidationError,
  createCaseEngine,
  loadDistrict,
  type CaseRecord,
  type CaseSummary,
  type DistrictBundleInput,
  type LoadedDistrict,
} from '@wangge/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { WgCaseSelectEvent } from '../shared/case-select-event.js';
import { WgErrorEvent } from '../shared/error-event.js';
import { axeViolations, describeViolations } from '../test-support/axe.js';
import { exposedStrings, mount, settled } from '../test-support/dom.js';
import '../district/district.js';
import './case-list.js';
import type { WgCaseList } from './case-list.component.js';

/** Thursday 26 November 2026, 09:30 in Beijing. */
const T0 = Date.parse('2026-11-26T09:30:00+08:00');
const HOUR = 3_600_000;
const XSS = '<img src=x onerror=alert(1)>';
/** A scroll re-renders the rows in the virtualizer's next frames: on a busy machine (the node
 * tests run alongside) that can take longer than `vi.waitFor`'s default second. */
const SCROLLED = { timeout: 5_000 };

/** ISO 8601 on Beijing's clock, as the engine writes it. */
function iso(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().replace(/\.000Z$/, '+08:00');
}

const bundle: DistrictBundleInput = {
  schemaVersion: 1,
  district: { id: 'yz', name: '迎泽区', nameEn: 'Yingze District' },
  streets: [{ id: 'ljy', name: '老军营街道', kind: 'street', districtId: 'yz' }],
  communities: [
    { id: 'ljy-c1', name: '老军营社区', kind: 'community', streetId: 'ljy' },
    { id: 'ljy-c2', name: XSS, kind: 'community', streetId: 'ljy' },
  ],
  grids: [
    { id: 'ljy-c1-g1', name: '第一网格', kind: 'ordinary', communityId: 'ljy-c1' },
    { id: 'ljy-c1-g2', name: '第二网格', kind: 'ordinary', communityId: 'ljy-c1' },
    { id: 'ljy-c2-g1', name: '<script>alert(1)</script>', kind: 'ordinary', communityId: 'ljy-c2' },
  ],
  microGrids: [
    { id: 'ljy-c1-g1-m1', name: '1号楼院', gridId: 'ljy-c1-g1' },
    { id: 'ljy-c1-g2-m1', name: '1号楼院', gridId: 'ljy-c1-g2' },
    { id: 'ljy-c2-g1-m1', name: '1号楼院', gridId: 'ljy-c2-g1' },
  ],
  departments: [
    { id: 'd-zz', code: 'ZZ', name: { zh: '综合治理', en: 'Comprehensive governance' } },
  ],
  categories: [
    {
      code: 'ZZ-01',
      departmentId: 'd-zz',
      name: { zh: '邻里纠纷调解', en: 'Neighbour dispute mediation' },
      startLevel: 'grid',
      deadlines: {
        grid: { amount: 1, unit: 'working-days' },
        community: { amount: 2, unit: 'working-days' },
        street: { amount: 3, unit: 'working-days' },
        district: { amount: 5, unit: 'working-days' },
      },
    },
    {
      code: 'XS-01',
      departmentId: 'd-zz',
      name: { zh: XSS, en: '<b onclick="alert(1)">bold</b>' },
      startLevel: 'grid',
      deadlines: {
        grid: { amount: 1, unit: 'working-days' },
        community: { amount: 2, unit: 'working-days' },
        street: { amount: 3, unit: 'working-days' },
        district: { amount: 5, unit: 'working-days' },
      },
    },
  ],
  people: [
    {
      id: 'p-1',
      name: '李明',
      roles: [{ role: 'grid-worker', employment: 'full-time', unitIds: ['ljy-c1-g1'] }],
    },
    { id: 'p-2', name: '张伟', roles: [{ role: 'grid-chief', unitIds: ['ljy-c1-g1'] }] },
  ],
};

let district: LoadedDistrict;
{
  const result = loadDistrict(bundle);
  if (!result.success) throw new Error(result.error.format('en'));
  district = result.data;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Case `i`: due `i - 5` hours after T0 (the first five are overdue at T0 when still open). */
function summary(i: number, more: Partial<Writable<CaseSummary>> = {}): CaseSummary {
  const due = T0 + (i - 5) * HOUR;
  return {
    id: `c-${String(i).padStart(5, '0')}`,
    categoryCode: 'ZZ-01',
    priority: 'normal',
    step: 'investigating',
    level: 'grid',
    unitId: 'ljy-c1-g1',
    workerId: 'p-1',
    gridId: 'ljy-c1-g1',
    communityId: 'ljy-c1',
    streetId: 'ljy',
    districtId: 'yz',
    dueAt: iso(due),
    dueAtMs: due,
    suspended: false,
    deadlineMissed: false,
    createdAt: iso(T0 - 48 * HOUR),
    updatedAt: iso(T0 - 48 * HOUR + i * 60_000),
    version: 3,
    ...more,
  };
}

/** `n` cases over every step and level, in the two grids of 老军营社区. */
function many(n: number): CaseSummary[] {
  return Array.from({ length: n }, (_, i) =>
    summary(i, {
      step: CASE_STEPS[i % CASE_STEPS.length],
      level: HANDLING_LEVELS[i % HANDLING_LEVELS.length],
      gridId: i % 2 === 0 ? 'ljy-c1-g1' : 'ljy-c1-g2',
      unitId: i % 2 === 0 ? 'ljy-c1-g1' : 'ljy-c1-g2',
    }),
  );
}

function create(attrs: Record<string, string> = {}): WgCaseList {
  const el = document.createElement('wg-case-list');
  el.setAttribute('now', String(T0));
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

async function show(
  cases: unknown,
  attrs: Record<string, string> = {},
  container?: HTMLElement,
): Promise<WgCaseList> {
  const el = create(attrs);
  el.district = district;
  el.cases = cases;
  mount(el, container);
  await settled(el);
  return el;
}

function part(el: WgCaseList, name: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`part ${name} not rendered`);
  return found;
}

function rows(el: WgCaseList): HTMLElement[] {
  return Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? []);
}

function row(el: WgCaseList, index: number): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`[role="option"][data-index="${index}"]`);
  if (!found) throw new Error(`row ${index} not rendered`);
  return found;
}

/** Waits until the virtualizer has rendered rows. */
async function rendered(el: WgCaseList): Promise<HTMLElement[]> {
  await vi.waitFor(() => {
    expect(rows(el).length).toBeGreaterThan(0);
  });
  return rows(el);
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function focusedIndex(el: WgCaseList): number | undefined {
  const focused = el.shadowRoot?.activeElement;
  return focused instanceof HTMLElement && focused.dataset.index !== undefined
    ? Number(focused.dataset.index)
    : undefined;
}

function inView(el: WgCaseList, index: number): boolean {
  const list = part(el, 'list').getBoundingClientRect();
  const box = row(el, index).getBoundingClientRect();
  return box.top >= list.top - 1 && box.bottom <= list.bottom + 1;
}

function listen<E extends Event>(name: string): E[] {
  const events: E[] = [];
  document.body.addEventListener(name, (event) => events.push(event as E));
  return events;
}

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<wg-case-list>', () => {
  it('is registered and renders a row per case with its category, place, step, level, due time and handler', async () => {
    expect(customElements.get('wg-case-list')).toBeDefined();
    const el = await show([
      summary(8),
      summary(9, { level: 'street', workerId: undefined, step: 'filed', priority: 'urgent' }),
    ]);
    const [first, second] = await rendered(el);
    expect(rows(el)).toHaveLength(2);
    expect(text(first?.querySelector('[part~="category"]'))).toBe('邻里纠纷调解');
    expect(text(first?.querySelector('[part~="place"]'))).toBe('老军营社区 · 第一网格');
    expect(text(first?.querySelector('[part~="step"]'))).toBe('调查落实（第 4/6 步）');
    expect(first?.querySelectorAll('.dot.done')).toHaveLength(4);
    expect(text(first?.querySelector('[part~="level"]'))).toBe('网格');
    expect(text(first?.querySelector('[part~="due"]'))).toBe('截止2026年11月26日 12:30');
    expect(first?.querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-11-26T12:30:00+08:00',
    );
    expect(text(first?.querySelector('[part~="assignee"]'))).toBe('承办李明');
    // Without a worker, the unit responsible at the level handles it.
    expect(text(second?.querySelector('[part~="assignee"]'))).toBe('承办第一网格');
    expect(text(second?.querySelector('[part~="level"]'))).toBe('街镇');
    expect(second?.querySelector('[part~="level-street"]')).not.toBeNull();
    expect(text(second?.querySelector('[part~="priority"]'))).toBe('紧急');
    expect(first?.getAttribute('aria-posinset')).toBe('1');
    expect(first?.getAttribute('aria-setsize')).toBe('2');
    expect(text(part(el, 'count'))).toBe('共 2 件案件');
    expect(part(el, 'list').getAttribute('aria-label')).toBe('案件列表');
  });

  it('names units and categories through the surrounding <wg-district>, and shows ids without one', async () => {
    const provider = document.createElement('wg-district');
    provider.district = district;
    mount(provider);
    const el = create();
    el.cases = [summary(8)];
    mount(el, provider);
    await settled(el);
    await vi.waitFor(() => {
      expect(text(part(el, 'category'))).toBe('邻里纠纷调解');
    });

    const bare = create();
    bare.cases = [summary(8)];
    mount(bare);
    await settled(bare);
    await rendered(bare);
    expect(text(part(bare, 'category'))).toBe('ZZ-01');
    expect(text(part(bare, 'place'))).toBe('ljy-c1 · ljy-c1-g1');
  });

  it('accepts case records, summarised, and shows none of the reporter’s personal data', async () => {
    const store = new InMemoryCaseStore();
    const engine = createCaseEngine({ district, store, clock: () => T0 });
    const reported = await engine.execute({
      type: 'report',
      commandId: 'cmd-1',
      caseId: 'case-1',
      expectedVersion: 0,
      actorId: 'p-1',
      categoryCode: 'ZZ-01',
      gridId: 'ljy-c1-g1',
      description: '楼道堆放杂物，堵塞消防通道',
      location: {
        point: { type: 'Point', coordinates: [112.5636, 37.8618] },
        coordinateSystem: 'GCJ02',
      },
      reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
    });
    if (!reported.success) throw new Error(reported.error.messages.en);
    const record: CaseRecord = reported.data.record;
    const el = await show([record]);
    const [first] = await rendered(el);
    expect(el.value?.[0]?.id).toBe('case-1');
    expect(text(first?.querySelector('[part~="step"]'))).toBe('问题上报（第 1/6 步）');
    const exposed = exposedStrings(el.shadowRoot!).join('\n');
    expect(exposed).not.toMatch(/王秀英|王\*|13912345678|楼道堆放杂物/);
  });

  it('keeps only a window of rows in the DOM for 10,000 cases', async () => {
    const el = await show(many(10_000));
    await rendered(el);
    await vi.waitFor(() => {
      expect(row(el, 0)).toBeDefined();
    });
    const count = rows(el).length;
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(80);
    expect(rows(el)[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(text(part(el, 'count'))).toBe('共 10,000 件案件');
    expect(el.results).toHaveLength(10_000);
  });

  it('filters by status, level, step, overdue, grid and unit, given as attributes', async () => {
    const cases = many(120);
    const el = await show(cases, { status: 'open' });
    expect(el.results.every((c) => c.step !== 'archived')).toBe(true);
    expect(el.results).toHaveLength(100);
    expect(text(part(el, 'count'))).toBe('筛选出 100 件，共 120 件');

    el.setAttribute('status', 'closed');
    await settled(el);
    expect(el.results).toHaveLength(20);
    expect(el.results.every((c) => c.step === 'archived')).toBe(true);

    el.removeAttribute('status');
    el.setAttribute('level', 'community');
    el.setAttribute('step', 'filed');
    await settled(el);
    expect(el.results.length).toBeGreaterThan(0);
    expect(el.results.every((c) => c.level === 'community' && c.step === 'filed')).toBe(true);
    expect(el.results).toEqual(cases.filter((c) => c.level === 'community' && c.step === 'filed'));

    el.removeAttribute('level');
    el.removeAttribute('step');
    el.setAttribute('grid', 'ljy-c1-g2');
    await settled(el);
    expect(el.results).toHaveLength(60);
    expect(el.results.every((c) => c.gridId === 'ljy-c1-g2')).toBe(true);
    el.setAttribute('grid', 'ljy-c1');
    await settled(el);
    expect(el.results).toHaveLength(120);

    el.removeAttribute('grid');
    el.setAttribute('unit', 'ljy-c1-g1');
    await settled(el);
    expect(el.results.every((c) => c.unitId === 'ljy-c1-g1')).toBe(true);
    expect(el.results).toHaveLength(60);

    el.removeAttribute('unit');
    el.toggleAttribute('overdue', true);
    await settled(el);
    // Due before T0 (cases 0–5), in a handling step (reported … investigating).
    expect(el.results.map((c) => c.id)).toEqual(['c-00000', 'c-00001', 'c-00002', 'c-00003']);
  });

  it('sorts by due time either way and by last update', async () => {
    const cases = [summary(3), summary(1), summary(2, { updatedAt: iso(T0) })];
    const el = await show(cases);
    expect(el.results.map((c) => c.id)).toEqual(['c-00001', 'c-00002', 'c-00003']);
    el.sort = 'due-desc';
    await settled(el);
    expect(el.results.map((c) => c.id)).toEqual(['c-00003', 'c-00002', 'c-00001']);
    el.setAttribute('sort', 'updated');
    await settled(el);
    expect(el.results.map((c) => c.id)).toEqual(['c-00002', 'c-00003', 'c-00001']);
    await vi.waitFor(() => {
      expect(rows(el).map((r) => r.dataset.index)).toEqual(['0', '1', '2']);
      expect(text(row(el, 0).querySelector('time'))).toBe('2026年11月26日 06:30');
    });
  });

  it('filters and sorts through its filter bar, and announces the number of results', async () => {
    const el = await show(many(60));
    const status = part(el, 'filters').querySelector<HTMLSelectElement>('select[name="status"]')!;
    const count = part(el, 'count');
    expect(count.getAttribute('role')).toBe('status');
    await userEvent.selectOptions(status, 'closed');
    await settled(el);
    expect(el.status).toBe('closed');
    expect(el.results).toHaveLength(10);
    expect(text(count)).toBe('筛选出 10 件，共 60 件');

    const sort = part(el, 'filters').querySelector<HTMLSelectElement>('select[name="sort"]')!;
    await userEvent.selectOptions(sort, 'due-desc');
    await settled(el);
    expect(el.sort).toBe('due-desc');
    expect(el.results[0]?.id).toBe('c-00059');

    const overdue = part(el, 'filters').querySelector<HTMLInputElement>('input[name="overdue"]')!;
    await userEvent.click(overdue);
    await settled(el);
    expect(el.overdue).toBe(true);
    expect(el.results).toHaveLength(0);
    expect(text(part(el, 'empty'))).toContain('没有符合筛选条件的案件');
  });

  it('shows the grid and unit filters as chips that remove them', async () => {
    const el = await show(many(20), { grid: 'ljy-c1-g2', unit: 'd-zz' });
    const chips = Array.from(
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="filter-chip"]'),
    );
    expect(chips.map((chip) => text(chip))).toEqual(['区域：第二网格 ×', '承办单位：综合治理 ×']);
    expect(chips[0]?.getAttribute('aria-label')).toBe('移除筛选条件“区域：第二网格”');
    chips[0]?.click();
    await settled(el);
    expect(el.grid).toBe('');
  });

  it('hides the filter bar with no-filters', async () => {
    const el = await show(many(5), { 'no-filters': '' });
    expect(el.shadowRoot?.querySelector('[part~="filters"]')).toBeNull();
    expect(text(part(el, 'count'))).toBe('共 5 件案件');
  });

  it('marks overdue cases at `now` (epoch ms or ISO), but not archived or suspended ones', async () => {
    const el = await show([
      summary(0),
      summary(1, { step: 'archived' }),
      summary(2, { suspended: true }),
      summary(9),
    ]);
    await rendered(el);
    const overdue = () =>
      rows(el)
        .filter((r) => r.classList.contains('overdue'))
        .map((r) => r.dataset.index);
    await vi.waitFor(() => {
      expect(rows(el)).toHaveLength(4);
    });
    expect(overdue()).toEqual(['0']);
    expect(text(row(el, 0).querySelector('[part~="overdue"]'))).toBe('超期');
    expect(row(el, 0).getAttribute('part')).toContain('row-overdue');
    expect(text(row(el, 2).querySelector('[part~="suspended"]'))).toBe('缓办');

    el.setAttribute('now', '2026-11-26T14:30:00+08:00');
    await settled(el);
    expect(overdue()).toEqual(['0', '3']);
  });

  it('reads the clock once per render when `now` is not set', async () => {
    const el = create();
    el.removeAttribute('now');
    el.district = district;
    el.cases = [summary(0, { dueAtMs: Date.now() - HOUR, dueAt: iso(Date.now() - HOUR) })];
    mount(el);
    await settled(el);
    await rendered(el);
    expect(row(el, 0).classList.contains('overdue')).toBe(true);
  });

  it('moves the focus with the keyboard and scrolls the focused row into view', async () => {
    const el = await show(many(10_000));
    await rendered(el);
    row(el, 0).focus();
    expect(row(el, 0).tabIndex).toBe(0);
    expect(row(el, 1).tabIndex).toBe(-1);

    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(1);
    });
    expect(row(el, 1).tabIndex).toBe(0);
    await userEvent.keyboard('{ArrowUp}');
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(0);
    });

    await userEvent.keyboard('{End}');
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(9_999);
      expect(inView(el, 9_999)).toBe(true);
    }, SCROLLED);
    expect(el.shadowRoot?.querySelector('[data-index="0"]')).toBeNull();

    await userEvent.keyboard('{PageUp}');
    await vi.waitFor(() => {
      const index = focusedIndex(el) ?? 0;
      // A page is the rows in view (the list is 30rem high: more than two rows).
      expect(index).toBeLessThan(9_997);
      expect(index).toBeGreaterThan(9_980);
      expect(inView(el, index)).toBe(true);
    }, SCROLLED);
    await userEvent.keyboard('{PageDown}');
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(9_999);
    });

    await userEvent.keyboard('{Home}');
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(0);
      expect(inView(el, 0)).toBe(true);
    }, SCROLLED);
    for (let i = 0; i < 8; i++) await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(8);
      expect(inView(el, 8)).toBe(true);
    }, SCROLLED);
  });

  it('keeps the focus in the list when the focused row is scrolled away, and brings it back', async () => {
    const el = await show(many(10_000));
    await rendered(el);
    row(el, 0).focus();
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(1);
    });
    const list = part(el, 'list');
    expect(list.tabIndex).toBe(-1);
    // As a mouse wheel would: the focused row leaves the DOM.
    list.scrollTop = 200_000;
    await vi.waitFor(() => {
      expect(el.shadowRoot?.querySelector('[data-index="1"]')).toBeNull();
    }, SCROLLED);
    expect(el.shadowRoot?.activeElement).toBe(list);
    await settled(el);
    // No row in the DOM can take the focus: the list itself is in the tab order.
    expect(list.tabIndex).toBe(0);
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(2);
      expect(inView(el, 2)).toBe(true);
    });

    // Tabbing in while the active row is scrolled away brings it back too.
    const before = part(el, 'filters').querySelector<HTMLInputElement>('input[name="overdue"]')!;
    before.focus();
    list.scrollTop = 300_000;
    await vi.waitFor(() => {
      expect(el.shadowRoot?.querySelector('[data-index="2"]')).toBeNull();
      expect(list.tabIndex).toBe(0);
    }, SCROLLED);
    await userEvent.tab();
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(2);
      expect(inView(el, 2)).toBe(true);
    });
  });

  it('selects the focused case with Enter or Space: wg-case-select with its id', async () => {
    const events = listen<WgCaseSelectEvent>('wg-case-select');
    const el = await show(many(50), { sort: 'due-desc' });
    await rendered(el);
    row(el, 0).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await vi.waitFor(() => {
      expect(focusedIndex(el)).toBe(2);
    });
    await userEvent.keyboard('{Enter}');
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(WgCaseSelectEvent);
    expect(events[0]?.bubbles && events[0].composed).toBe(true);
    expect(events[0]?.caseId).toBe('c-00047');
    expect(el.selected).toBe('c-00047');
    await settled(el);
    expect(row(el, 2).getAttribute('aria-selected')).toBe('true');
    expect(row(el, 2).getAttribute('part')).toContain('row-selected');

    await userEvent.keyboard('{ArrowUp} ');
    expect(events.map((e) => e.caseId)).toEqual(['c-00047', 'c-00048']);
  });

  it('selects a case on click', async () => {
    const events = listen<WgCaseSelectEvent>('wg-case-select');
    const el = await show(many(20));
    await rendered(el);
    await userEvent.click(row(el, 3));
    expect(events.map((e) => e.caseId)).toEqual(['c-00003']);
    expect(focusedIndex(el)).toBe(3);
    await settled(el);
    expect(row(el, 3).getAttribute('aria-selected')).toBe('true');
    expect(row(el, 0).getAttribute('aria-selected')).toBe('false');
  });

  it('highlights the `selected` case and scrolls to it', async () => {
    const el = await show(many(2_000), { selected: 'c-01500' });
    await vi.waitFor(() => {
      expect(row(el, 1500).getAttribute('aria-selected')).toBe('true');
      expect(inView(el, 1500)).toBe(true);
    });
    expect(rows(el).filter((r) => r.getAttribute('aria-selected') === 'true')).toHaveLength(1);

    // Set before the cases arrive, it applies when they do.
    const early = create({ selected: 'c-00900' });
    mount(early);
    await settled(early);
    early.cases = many(1_000);
    await settled(early);
    await vi.waitFor(() => {
      expect(row(early, 900).getAttribute('aria-selected')).toBe('true');
      expect(inView(early, 900)).toBe(true);
    });
    expect(row(early, 900).tabIndex).toBe(0);
  });

  it('shows distinct empty states for no cases and for no matches', async () => {
    const el = await show([]);
    expect(text(part(el, 'empty'))).toBe('暂无案件');
    expect(el.shadowRoot?.querySelector('[part~="list"]')).toBeNull();

    const unset = create();
    mount(unset);
    await settled(unset);
    expect(text(part(unset, 'empty'))).toBe('暂无案件');

    const none = await show(many(10), { level: 'district', step: 'reported' });
    expect(text(part(none, 'empty'))).toContain('没有符合筛选条件的案件');
    expect(text(part(none, 'count'))).toBe('筛选出 0 件，共 10 件');
    part(none, 'clear-filters').click();
    await settled(none);
    expect(none.level).toBe('');
    expect(none.results).toHaveLength(10);
  });

  it.each([
    ['not a list', { cases: { not: 'a list' } }, 'invalid_type', []],
    ['a broken field', [summary(0), { ...summary(1), step: 'done' }], 'invalid_value', [1, 'step']],
    ['a missing id', [{ ...summary(0), id: '' }], 'invalid_type', [0, 'id']],
    ['a duplicate id', [summary(0), summary(0)], 'duplicate_id', [1, 'id']],
    ['a bad record', [{ hash: 'x', id: 'c-1' }], 'invalid_type', [0]],
  ])(
    'shows %s as a localised error state and dispatches wg-error',
    async (_name, cases, code, path) => {
      const events = listen<WgErrorEvent>('wg-error');
      const input = Array.isArray(cases) ? cases : (cases as { cases: unknown }).cases;
      const el = await show(input);
      const alert = part(el, 'error');
      expect(alert.getAttribute('role')).toBe('alert');
      expect(text(alert)).toContain('数据无效');
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(WgErrorEvent);
      expect(events[0]?.error).toBeInstanceOf(WanggeValidationError);
      expect(events[0]?.composed && events[0].bubbles).toBe(true);
      const issue = events[0]?.error.issues[0];
      expect(issue?.code).toBe(code);
      expect(issue?.path.slice(0, path.length)).toEqual(path);
    },
  );

  it('reports malformed JSON in the attribute, and recovers when valid cases arrive', async () => {
    const events = listen<WgErrorEvent>('wg-error');
    const el = create({ cases: '[{"id":' });
    mount(el);
    await settled(el);
    expect(text(part(el, 'error'))).toContain('JSON 无法解析');
    expect(events[0]?.error.issues[0]?.code).toBe('invalid_json');
    el.lang = 'en';
    await settled(el);
    expect(text(part(el, 'error'))).toContain('The JSON could not be parsed');
    el.setAttribute('cases', JSON.stringify([summary(1)]));
    await settled(el);
    expect(el.shadowRoot?.querySelector('[part~="error"]')).toBeNull();
    await rendered(el);
    expect(events).toHaveLength(1);
  });

  it('ignores and reports an invalid filter, sort, now or time zone', async () => {
    const events = listen<WgErrorEvent>('wg-error');
    const el = await show(many(12), { level: 'province', sort: 'random', now: 'soon' });
    expect(el.results).toHaveLength(12);
    expect(el.results[0]?.id).toBe('c-00000');
    expect(events).toHaveLength(1);
    expect(events[0]?.error.issues.map((i) => i.path[0])).toEqual(['now', 'level', 'sort']);
    el.setAttribute('time-zone', 'Mars/Olympus');
    await settled(el);
    expect(events).toHaveLength(2);
    expect(events[1]?.error.issues.map((i) => i.path[0])).toContain('timeZone');
  });

  it('shows due times in the time zone asked for', async () => {
    const el = await show([summary(8)], { 'time-zone': 'UTC' });
    await rendered(el);
    expect(text(part(el, 'due').querySelector('time'))).toBe('2026年11月26日 04:30');
  });

  it('speaks the language of an ancestor’s lang, and switches with it', async () => {
    const section = document.createElement('section');
    section.lang = 'en';
    mount(section);
    const el = await show([summary(0), summary(8, { step: 'filed' })], {}, section);
    await rendered(el);
    expect(text(part(el, 'count'))).toBe('2 cases');
    expect(part(el, 'list').getAttribute('aria-label')).toBe('Cases');
    expect(text(row(el, 0).querySelector('[part~="category"]'))).toBe(
      'Neighbour dispute mediation',
    );
    expect(text(row(el, 0).querySelector('[part~="step"]'))).toBe('Investigating (step 4 of 6)');
    expect(text(row(el, 0).querySelector('[part~="overdue"]'))).toBe('Overdue');
    expect(text(row(el, 0).querySelector('[part~="level"]'))).toBe('Grid');
    expect(text(row(el, 0).querySelector('[part~="due"]'))).toBe('DueNov 26, 2026, 04:30');
    expect(text(part(el, 'filters').querySelector('label'))).toContain('Status');

    // The kit re-reads the language when the document's changes (a MutationObserver there).
    section.lang = 'zh-CN';
    document.documentElement.lang = 'zh-CN';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(text(part(el, 'count'))).toBe('共 2 件案件');
    await vi.waitFor(() => {
      expect(text(row(el, 0).querySelector('[part~="overdue"]'))).toBe('超期');
    });
  });

  it('renders names that look like markup as text', async () => {
    const alerts = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const el = await show([
      summary(0, { categoryCode: 'XS-01', gridId: 'ljy-c2-g1', communityId: 'ljy-c2' }),
    ]);
    await rendered(el);
    expect(text(part(el, 'category'))).toBe(XSS);
    expect(text(part(el, 'place'))).toBe(`${XSS} · <script>alert(1)</script>`);
    expect(el.shadowRoot?.querySelector('img, script:not([part]), b')).toBeNull();
    el.lang = 'en';
    await settled(el);
    await vi.waitFor(() => {
      expect(text(part(el, 'category'))).toBe('<b onclick="alert(1)">bold</b>');
    });
    expect(el.shadowRoot?.querySelector('img, b, script')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alerts).not.toHaveBeenCalled();
    alerts.mockRestore();
  });

  it('is themed through --wg-* and --wg-case-list-* custom properties, and by the dark theme', async () => {
    document.body.style.setProperty('--wg-color-surface', 'rgb(250, 250, 240)');
    const el = await show(many(3));
    await rendered(el);
    expect(getComputedStyle(part(el, 'base')).backgroundColor).toBe('rgb(250, 250, 240)');
    el.style.setProperty('--wg-case-list-background', 'rgb(10, 20, 30)');
    expect(getComputedStyle(part(el, 'base')).backgroundColor).toBe('rgb(10, 20, 30)');
    document.body.style.removeProperty('--wg-color-surface');

    const dark = document.createElement('wg-district');
    dark.setAttribute('theme', 'dark');
    mount(dark);
    const inside = await show(many(3), {}, dark);
    await rendered(inside);
    expect(getComputedStyle(part(inside, 'base')).backgroundColor).toBe('rgb(22, 27, 34)');
    expect(getComputedStyle(rows(inside)[0]!).color).toBe('rgb(230, 237, 243)');
  });

  it('sets no style attribute from its own markup', async () => {
    const el = await show(many(30));
    await rendered(el);
    // The virtualizer positions through the CSSOM; the elements it does not manage carry none.
    const styled = Array.from(el.shadowRoot!.querySelectorAll('[style]')).filter(
      (node) => !node.matches('.list, .list > [role="option"], .list > [virtualizer-sizer]'),
    );
    expect(styled).toEqual([]);
    const inner = Array.from(el.shadowRoot!.querySelectorAll('[role="option"] [style]'));
    expect(inner).toEqual([]);
  });

  it.each([
    ['a list', () => many(40), {}],
    ['a list in English with a selection', () => many(40), { lang: 'en', selected: 'c-00002' }],
    ['the dark theme', () => many(40), { dark: '' }],
    ['no matches', () => many(10), { level: 'district', step: 'reported' }],
    ['no cases', () => [], {}],
    ['the error state', () => 'nope', {}],
    [
      'markup-like names',
      () => [summary(0, { categoryCode: 'XS-01', gridId: 'ljy-c2-g1', communityId: 'ljy-c2' })],
      {},
    ],
  ])('has no axe-core violations in %s', async (_name, cases, attrs: Record<string, string>) => {
    let container: HTMLElement | undefined;
    const { dark, ...rest } = attrs;
    if (dark !== undefined) {
      container = document.createElement('wg-district');
      container.setAttribute('theme', 'dark');
      mount(container);
    }
    const el = await show(cases(), rest, container);
    if (Array.isArray(cases()) && (cases() as unknown[]).length > 0 && el.results.length > 0) {
      await rendered(el);
    }
    const violations = await axeViolations(container ?? el);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
