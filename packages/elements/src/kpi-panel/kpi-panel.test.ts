import type { KpiReport } from '@wangge/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../district/district.js';
import { KPI_METRIC_NAMES, KPI_METRICS, kpiValue, kpiValues } from '../shared/kpi-metrics.js';
import { axeViolations, describeViolations } from '../test-support/axe.js';
import { exposedStrings, mount, settled } from '../test-support/dom.js';
import { kpiReport, monthOf } from '../test-support/kpi-reports.js';
import './kpi-panel.js';
import type { WgKpiPanel } from './kpi-panel.component.js';
import { WgKpiSelectEvent } from './kpi-select-event.js';
import { kpiTrend } from './kpi-trend.js';
import { sparklineShape } from './sparkline.js';

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  document.body.replaceChildren();
});

// November against October: closure 42/50 against 40/50, on time 40/50 against 41/50, rework
// 3/42 against 2/40, overdue 4 against 6, suspensions 2 against 2.
const november = kpiReport();
const october = kpiReport({
  ...monthOf(10),
  closedOnTime: 41,
  reworked: 2,
  overdueNow: 6,
  levels: [28, 8, 3, 1],
});

async function panel(
  data: { report?: unknown; previous?: unknown; series?: unknown } = { report: november },
  attrs: Record<string, string> = {},
  container: HTMLElement = document.body,
): Promise<WgKpiPanel> {
  const el = document.createElement('wg-kpi-panel');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.report = data.report as KpiReport;
  el.previous = data.previous as KpiReport;
  el.series = data.series as KpiReport[];
  mount(el, container);
  await settled(el);
  return el;
}
const all = (el: WgKpiPanel, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];
const one = (el: WgKpiPanel, selector: string) => {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} not rendered`);
  return found;
};
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const figure = (el: WgKpiPanel, metric: string) => one(el, `[part~="figure-${metric}"]`);
const inFigure = (el: WgKpiPanel, metric: string, part: string) =>
  text(figure(el, metric).querySelector(`[part~="${part}"]`));

/** Six months, the fourth with nothing due (its rates null). */
const series: KpiReport[] = [
  kpiReport({ ...monthOf(6), closedOnTime: 30 }),
  kpiReport({ ...monthOf(7), closedOnTime: 35 }),
  kpiReport({ ...monthOf(8), closedOnTime: 45 }),
  kpiReport({ ...monthOf(9), closuresDue: 0, closedOnTime: 0, extended: 0 }),
  october,
  november,
];

describe('<wg-kpi-panel> figures', () => {
  it('shows every headline figure of the report, in the default order', async () => {
    const el = await panel();
    const labels = all(el, '[part~="label"]').map((b) => text(b));
    expect(labels).toEqual([
      '结案率',
      '按期结案率',
      '返工率',
      '延期率',
      '缓办中',
      '当前超期',
      '在办案件',
      '结案数',
      '网格办结占比',
    ]);
    const values = Object.fromEntries(
      KPI_METRIC_NAMES.map((metric) => [metric, inFigure(el, metric, 'value')]),
    );
    expect(values).toEqual({
      closureRate: '84.0%',
      onTimeRate: '80.0%',
      reworkRate: '7.1%',
      extensionRate: '10.0%',
      suspensionsInForce: '2 件',
      overdueNow: '4 件',
      open: '17 件',
      closed: '42 件',
      resolvedAtGrid: '71.4%',
    });
    expect(inFigure(el, 'closureRate', 'detail')).toBe('结案 42 件 / 应结案 50 件');
    expect(inFigure(el, 'reworkRate', 'detail')).toBe('返工 3 件 / 结案 42 件');
    expect(inFigure(el, 'resolvedAtGrid', 'hint')).toBe('微事不出格');
    expect(text(one(el, '[part~="period"]'))).toBe('统计周期：2026年11月1日至30日');
    // Without a previous report there is no trend, without a series no sparkline or switch.
    expect(all(el, '[part~="trend"]')).toHaveLength(0);
    expect(all(el, '[part~="sparkline"], [part~="view-toggle"]')).toHaveLength(0);
  });

  it('shows the figures named by `metrics`, in that order, ignoring unknown names', async () => {
    const el = await panel(
      { report: november },
      { metrics: 'overdueNow, onTimeRate,bogus,reworkRate' },
    );
    expect(all(el, '[part~="label"]').map((b) => text(b))).toEqual([
      '当前超期',
      '按期结案率',
      '返工率',
    ]);
    el.metrics = 'nothing known';
    await settled(el);
    expect(all(el, '[part~="figure"]')).toHaveLength(9);
  });

  it('shows a ratio with nothing to measure as "—" with the reason, never 0 % or NaN', async () => {
    const nothingDue = kpiReport({
      closuresDue: 0,
      closedOnTime: 0,
      extended: 0,
      levels: [0, 0, 0, 0],
    });
    expect(nothingDue.onTimeRate.value).toBeNull();
    expect(nothingDue.reworkRate.value).toBeNull();
    const el = await panel({ report: nothingDue, previous: november });
    for (const metric of ['closureRate', 'onTimeRate', 'extensionRate']) {
      expect(inFigure(el, metric, 'value')).toBe('—无数据');
      expect(inFigure(el, metric, 'detail')).toBe('本期无应结案件，无法计算');
      // No trend can be drawn from nothing: it says so instead of an arrow.
      expect(inFigure(el, metric, 'trend')).toBe('上期无可比数据');
    }
    expect(inFigure(el, 'reworkRate', 'detail')).toBe('本期无结案案件，无法计算');
    expect(inFigure(el, 'resolvedAtGrid', 'detail')).toBe('本期无结案案件，无法计算');
    // Counts of zero are figures: 0, not "—".
    expect(inFigure(el, 'closed', 'value')).toBe('0 件');
    const exposed = exposedStrings(el).join(' ');
    expect(exposed).not.toMatch(/NaN|0\.0%|Infinity|undefined/);
  });

  it('reads a malformed report figure by figure and never throws', async () => {
    const broken = { ...november, onTimeRate: { numerator: 'x' }, open: -3, suspensions: null };
    const el = await panel({ report: broken });
    expect(inFigure(el, 'onTimeRate', 'value')).toBe('—无数据');
    expect(inFigure(el, 'onTimeRate', 'detail')).toBe('报表中无此项数据');
    expect(inFigure(el, 'open', 'value')).toBe('—无数据');
    expect(inFigure(el, 'suspensionsInForce', 'detail')).toBe('报表中无此项数据');
    expect(inFigure(el, 'closureRate', 'value')).toBe('84.0%');
    for (const report of [undefined, null, 'nope', 42]) {
      const empty = await panel({ report });
      expect(text(one(empty, '[part~="empty"]'))).toBe('暂无指标数据');
    }
  });
});

describe('<wg-kpi-panel> trends', () => {
  it('judges each change by the metric’s direction, in words and colour', async () => {
    const el = await panel({ report: november, previous: october });
    expect(text(one(el, '[part~="period"]'))).toContain('对比上期：2026年10月1日至31日');
    const trend = (metric: string) => figure(el, metric).querySelector('[part~="trend"]');
    // Closure rate 80.0 % → 84.0 %: up 4 points, better.
    expect(trend('closureRate')?.getAttribute('part')).toBe('trend trend-better');
    expect(text(trend('closureRate')?.querySelector('[aria-hidden]'))).toBe(
      '▲ 4.0 个百分点 · 向好',
    );
    expect(text(trend('closureRate')?.querySelector('.visually-hidden'))).toBe(
      '较上期上升 4.0 个百分点，向好',
    );
    // On-time 82.0 % → 80.0 %: down, worse.
    expect(text(trend('onTimeRate')?.querySelector('.visually-hidden'))).toBe(
      '较上期下降 2.0 个百分点，变差',
    );
    // Rework 5.0 % (2/40) → 7.1 % (3/42): up, and for rework that is worse.
    expect(trend('reworkRate')?.getAttribute('part')).toBe('trend trend-worse');
    expect(text(trend('reworkRate')?.querySelector('[aria-hidden]'))).toBe('▲ 2.1 个百分点 · 变差');
    // Overdue 6 → 4: down 2 cases, better.
    expect(text(trend('overdueNow')?.querySelector('.visually-hidden'))).toBe(
      '较上期下降 2 件，向好',
    );
    expect(trend('overdueNow')?.getAttribute('part')).toBe('trend trend-better');
    // Suspensions 2 → 2: unchanged, neither colour.
    expect(trend('suspensionsInForce')?.getAttribute('part')).toBe('trend trend-flat');
    expect(text(trend('suspensionsInForce')?.querySelector('.visually-hidden'))).toBe('与上期持平');
    // Better and worse are different colours, and the flat trend is neither.
    const color = (metric: string) => getComputedStyle(trend(metric)!).color;
    expect(color('closureRate')).toBe('rgb(26, 127, 55)');
    expect(color('reworkRate')).toBe('rgb(164, 14, 38)');
    expect(color('suspensionsInForce')).toBe('rgb(89, 99, 110)');
    // A screen reader hears the figure's value, detail and trend with its name.
    const button = figure(el, 'reworkRate').querySelector('button');
    const described = (button?.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described).toEqual(['value-reworkRate', 'detail-reworkRate', 'trend-reworkRate']);
    for (const id of described) expect(el.shadowRoot?.getElementById(id)).not.toBeNull();
  });

  it('rounds the change as it shows the figures, so a tiny change is flat', () => {
    const a = kpiReport({ closedOnTime: 40 });
    const b = { ...a, onTimeRate: { numerator: 400, denominator: 500.2, value: 400 / 500.2 } };
    expect(kpiTrend(a, b, 'onTimeRate')).toEqual({ kind: 'flat' });
    expect(kpiTrend(a, undefined, 'onTimeRate')).toBeUndefined();
    expect(kpiTrend(a, kpiReport({ closedOnTime: 45 }), 'onTimeRate')).toEqual({
      kind: 'change',
      direction: 'down',
      change: -10,
      verdict: 'worse',
    });
    expect(kpiTrend(a, kpiReport({ extended: 10 }), 'extensionRate')).toMatchObject({
      direction: 'down',
      verdict: 'better',
    });
  });
});

describe('<wg-kpi-panel> sparklines and their table', () => {
  it('draws each figure’s course as an SVG image with a text summary, gaps where none', async () => {
    const el = await panel({ report: november, previous: october, series });
    const line = figure(el, 'onTimeRate').querySelector('svg[part~="sparkline"]');
    expect(line?.getAttribute('role')).toBe('img');
    expect(line?.getAttribute('aria-label')).toBe(
      '按期结案率近 6 期走势：由 60.0% 到 80.0%，最高 90.0%，最低 60.0%，其中 1 期无数据',
    );
    // September had nothing due: the line breaks there (three periods, then two).
    const polylines = [...(line?.querySelectorAll('polyline') ?? [])];
    expect(polylines.map((p) => p.getAttribute('points')?.split(' ').length)).toEqual([3, 2]);
    const counts = figure(el, 'closed').querySelector('svg[part~="sparkline"]');
    expect(counts?.getAttribute('aria-label')).toBe(
      '结案数近 6 期走势：由 42 到 42，最高 42，最低 40',
    );
    expect(sparklineShape([null, null])).toBeUndefined();
  });

  it('switches to a table of the same figures with the keyboard, and back', async () => {
    const el = await panel(
      { report: november, series },
      { metrics: 'onTimeRate,reworkRate,closed' },
    );
    const toggle = one(el, '[part~="view-toggle"]');
    expect(toggle.getAttribute('role')).toBe('group');
    expect(toggle.getAttribute('aria-label')).toBe('显示方式');
    const chartButton = one(el, '[data-view="chart"]');
    const tableButton = one(el, '[data-view="table"]');
    expect([text(chartButton), text(tableButton)]).toEqual(['图表', '表格']);
    expect(chartButton.getAttribute('aria-pressed')).toBe('true');
    // Tab from the page reaches the switch: the first figure's button, then the switch.
    chartButton.focus();
    await userEvent.tab();
    expect(el.shadowRoot?.activeElement).toBe(tableButton);
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(el.view).toBe('table');
    expect(el.getAttribute('view')).toBe('table');
    expect(tableButton.getAttribute('aria-pressed')).toBe('true');
    expect(el.shadowRoot?.activeElement).toBe(tableButton);
    expect(all(el, '[part~="sparkline"]')).toHaveLength(0);

    const table = one(el, 'table[part~="table"]');
    expect(text(table.querySelector('caption'))).toBe('各期指标（由远及近）');
    const heads = [...table.querySelectorAll('thead th')];
    expect(heads.map((th) => [text(th), th.getAttribute('scope')])).toEqual([
      ['统计周期', 'col'],
      ['按期结案率', 'col'],
      ['返工率', 'col'],
      ['结案数', 'col'],
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.querySelector('th')?.getAttribute('scope'))).toEqual(
      Array(6).fill('row'),
    );
    expect(text(rows[0]?.querySelector('th'))).toBe('2026年6月1日至30日');
    // The same numbers as the lines: each cell is its period's figure.
    const cells = rows.map((r) => [...r.querySelectorAll('td')].map((td) => text(td)));
    expect(cells.map((c) => c[0])).toEqual([
      '60.0%',
      '70.0%',
      '90.0%',
      '—无数据',
      '82.0%',
      '80.0%',
    ]);
    expect(cells.map((c) => c[1])).toEqual(['7.1%', '7.1%', '7.1%', '7.1%', '5.0%', '7.1%']);
    expect(cells.map((c) => c[2])).toEqual(['42', '42', '42', '42', '40', '42']);
    expect(series.map((r) => kpiValue(r, 'onTimeRate'))).toEqual([0.6, 0.7, 0.9, null, 0.82, 0.8]);

    await userEvent.tab({ shift: true });
    expect(el.shadowRoot?.activeElement).toBe(chartButton);
    await userEvent.keyboard(' ');
    await settled(el);
    expect(el.view).toBe('chart');
    expect(all(el, '[part~="sparkline"]')).toHaveLength(3);
  });

  it('starts in the table view with view="table"', async () => {
    const el = await panel({ report: november, series }, { view: 'table' });
    expect(all(el, 'table')).toHaveLength(1);
    expect(one(el, '.table-wrap').getAttribute('tabindex')).toBe('0');
  });
});

describe('<wg-kpi-panel> selection, language, theme, safety', () => {
  it('selects a figure by click or keyboard and dispatches wg-kpi-select', async () => {
    const el = await panel();
    const events: WgKpiSelectEvent[] = [];
    document.addEventListener('wg-kpi-select', (event) => events.push(event));
    const button = figure(el, 'reworkRate').querySelector('button');
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    button?.focus();
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(events[0]).toBeInstanceOf(WgKpiSelectEvent);
    expect(events[0]).toMatchObject({
      metric: 'reworkRate',
      label: '返工率',
      direction: 'lower-better',
      format: 'percent',
      bubbles: true,
      composed: true,
    });
    expect(el.selected).toBe('reworkRate');
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    expect(figure(el, 'reworkRate').getAttribute('part')).toBe(
      'figure figure-reworkRate figure-selected',
    );
    figure(el, 'open').querySelector('button')!.click();
    await settled(el);
    expect(events[1]).toMatchObject({
      metric: 'open',
      direction: 'lower-better',
      format: 'number',
    });
    expect(button?.getAttribute('aria-pressed')).toBe('false');
  });

  it('speaks English and formats numbers for it, and follows the page’s lang', async () => {
    const big = kpiReport({ open: 12345, overdueNow: 1 });
    const el = await panel({ report: big, previous: october, series });
    expect(inFigure(el, 'open', 'value')).toBe('12,345 件');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(text(figure(el, 'closureRate').querySelector('button'))).toBe('Closure rate');
    expect(inFigure(el, 'open', 'value')).toBe('12,345 cases');
    expect(inFigure(el, 'overdueNow', 'value')).toBe('1 case');
    expect(inFigure(el, 'closureRate', 'detail')).toBe('42 closed of 50 due');
    expect(text(figure(el, 'reworkRate').querySelector('[part~="trend"] .visually-hidden'))).toBe(
      'Up 2.1 percentage points on the previous period, worse',
    );
    expect(text(figure(el, 'reworkRate').querySelector('[part~="trend"] [aria-hidden]'))).toBe(
      '▲ 2.1 pp · worse',
    );
    expect(text(one(el, '[part~="period"]'))).toContain('Period: Nov 1 – 30, 2026');
    expect(one(el, 'section').getAttribute('aria-label')).toBe('Command-centre figures');
    expect(text(one(el, '[data-view="table"]'))).toBe('Table');
    el.lang = 'zh-CN';
    await settled(el);
    expect(text(figure(el, 'closureRate').querySelector('button'))).toBe('结案率');
  });

  it('is themed by the dark tokens of <wg-district theme="dark">', async () => {
    const light = await panel({ report: november, previous: october });
    const provider = mount(document.createElement('wg-district'));
    provider.setAttribute('theme', 'dark');
    const dark = await panel({ report: november, previous: october }, {}, provider);
    const bg = (el: WgKpiPanel) => getComputedStyle(figure(el, 'closureRate')).backgroundColor;
    const trend = (el: WgKpiPanel, metric: string) =>
      getComputedStyle(figure(el, metric).querySelector('[part~="trend"]')!).color;
    expect(bg(light)).toBe('rgb(255, 255, 255)');
    expect(bg(dark)).toBe('rgb(22, 27, 34)');
    expect(trend(dark, 'closureRate')).toBe('rgb(63, 185, 80)');
    expect(trend(dark, 'reworkRate')).toBe('rgb(255, 148, 146)');
  });

  it('shows a label that looks like markup as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await panel({ report: { ...november, from: evil } }, { label: evil });
    expect(one(el, 'section').getAttribute('aria-label')).toBe(evil);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // A window end that is not an instant is not shown at all.
    expect(text(one(el, '[part~="period"]'))).toBe('');
  });

  it.each([
    ['the figures with trends', {}, false],
    ['the sparklines', {}, true],
    ['the table view', { view: 'table' }, true],
    ['the dark theme, chart view', { dark: '' }, true],
    ['the dark theme, table view', { dark: '', view: 'table' }, true],
    [
      'English, a selection, nothing due',
      { lang: 'en', selected: 'onTimeRate', nothing: '' },
      true,
    ],
  ])('has no axe-core violations: %s', async (_name, attrs: Record<string, string>, withSeries) => {
    const { dark, nothing, ...rest } = attrs;
    let container: HTMLElement = document.body;
    if (dark !== undefined) {
      container = mount(document.createElement('wg-district'));
      container.setAttribute('theme', 'dark');
    }
    const report =
      nothing === undefined ? november : kpiReport({ closuresDue: 0, levels: [0, 0, 0, 0] });
    const el = await panel(
      { report, previous: october, ...(withSeries ? { series } : {}) },
      rest,
      container,
    );
    const violations = await axeViolations(container === document.body ? el : container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('kpiValues', () => {
  it('reads one metric of each unit’s report: shares, counts, null for nothing measured', () => {
    const reports = new Map([
      ['g-1', november],
      ['g-2', kpiReport({ closuresDue: 0, levels: [0, 0, 0, 0] })],
      ['g-3', { ...november, onTimeRate: { numerator: 1, denominator: 2, value: Number.NaN } }],
    ]);
    expect([...kpiValues(reports, 'onTimeRate')]).toEqual([
      ['g-1', 0.8],
      ['g-2', null],
      ['g-3', null],
    ]);
    expect(Object.fromEntries(kpiValues({ a: november, b: october }, 'overdueNow'))).toEqual({
      a: 4,
      b: 6,
    });
    expect(kpiValues({ a: november }, 'resolvedAtGrid').get('a')).toBeCloseTo(30 / 42);
    expect(KPI_METRICS.onTimeRate).toEqual({
      kind: 'ratio',
      direction: 'higher-better',
      basis: 'due',
    });
  });
});
