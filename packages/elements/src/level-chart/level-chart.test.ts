import type { KpiReport } from '@wangge/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../district/district.js';
import { axeViolations, describeViolations } from '../test-support/axe.js';
import { exposedStrings, mount, settled } from '../test-support/dom.js';
import { kpiReport } from '../test-support/kpi-reports.js';
import './level-chart.js';
import type { WgLevelChart } from './level-chart.component.js';
import type { LabelledKpiReport } from './level-data.js';
import { textWidth } from './level-layout.js';

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  document.body.replaceChildren();
});

const MARKUP = '<img src=x onerror="window.__pwned=1">';
// 42 closed: 30 at the grid, 8 in the community, 3 in the street, 1 at the district.
const november = kpiReport();
const byStreet: LabelledKpiReport[] = [
  { label: '迎泽街道', report: kpiReport({ levels: [30, 8, 3, 1] }) },
  { label: '老军营街道', report: kpiReport({ levels: [10, 6, 3, 1] }) },
  { label: MARKUP, report: kpiReport({ levels: [0, 0, 0, 0] }) },
];

async function chart(
  data: { report?: unknown; reports?: unknown },
  attrs: Record<string, string> = {},
  container: HTMLElement = document.body,
): Promise<WgLevelChart> {
  const el = document.createElement('wg-level-chart');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.report = data.report as KpiReport;
  el.reports = data.reports as LabelledKpiReport[];
  mount(el, container);
  await settled(el);
  // The resize observer reports the width after layout; the chart is drawn again for it.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await settled(el);
  return el;
}
const all = (el: WgLevelChart, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll(selector) ?? []),
];
const one = (el: WgLevelChart, selector: string) => {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} not rendered`);
  return found;
};
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bars = (el: WgLevelChart) =>
  all(el, 'rect.bar').map((r) => ({
    level: r.getAttribute('data-level'),
    series: Number(r.getAttribute('data-series')),
    count: Number(r.getAttribute('data-count')),
    share: r.getAttribute('data-share') === '' ? null : Number(r.getAttribute('data-share')),
    width: Number(r.getAttribute('width')),
  }));
const svgTexts = (el: WgLevelChart, kind: string) =>
  all(el, `svg text.${kind}`).map((t) => text(t));

/** The table view's cells, row by row, header cells first. */
async function tableOf(el: WgLevelChart): Promise<string[][]> {
  el.view = 'table';
  await settled(el);
  return all(el, 'table tr').map((tr) => [...tr.children].map((cell) => text(cell)));
}

describe('<wg-level-chart> one report', () => {
  it('draws a bar per level, as long as its share, with its count and share beside it', async () => {
    const el = await chart({ report: november });
    const svg = one(el, 'svg[part~="chart"]');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      '各层级办结情况：网格 30 件（71.4%），社区 8 件（19.0%），街镇 3 件（7.1%），区级 1 件（2.4%）；共结案 42 件',
    );
    expect(svgTexts(el, 'axis')).toEqual(['网格', '社区', '街镇', '区级']);
    expect(svgTexts(el, 'value')).toEqual([
      '30 件 · 71.4%',
      '8 件 · 19.0%',
      '3 件 · 7.1%',
      '1 件 · 2.4%',
    ]);
    const drawn = bars(el);
    expect(drawn.map((b) => [b.level, b.count])).toEqual([
      ['grid', 30],
      ['community', 8],
      ['street', 3],
      ['district', 1],
    ]);
    // On a 0–100 % scale: each bar is its share of the track behind it.
    const track = Number(all(el, 'rect.track')[0]?.getAttribute('width'));
    for (const bar of drawn) expect(bar.width / track).toBeCloseTo(bar.share ?? -1, 5);
    expect(drawn[0]?.share).toBeCloseTo(30 / 42);
    // Each level has its own colour, from the kit's tokens.
    const fills = all(el, 'rect.bar').map((r) => getComputedStyle(r).fill);
    expect(new Set(fills).size).toBe(4);
    expect(fills[0]).toBe('rgb(26, 127, 55)');
    expect(text(one(el, '[part~="title"]'))).toBe('各层级办结情况');
  });

  it('lays itself out for its own width', async () => {
    const box = mount(document.createElement('div'));
    box.style.setProperty('width', '420px');
    const el = await chart({ report: november }, {}, box);
    await vi.waitFor(() => {
      expect(one(el, 'svg').getAttribute('viewBox')?.split(' ')[2]).toBe(
        String(Math.round(one(el, '.ruler').getBoundingClientRect().width)),
      );
    });
    box.style.setProperty('width', '700px');
    await vi.waitFor(() => {
      expect(Number(one(el, 'svg').getAttribute('viewBox')?.split(' ')[2])).toBeGreaterThan(600);
    });
    expect(textWidth('网格')).toBe(26);
  });

  it('has a table of the same figures, with a caption and header cells', async () => {
    const el = await chart({ report: november });
    const fromChart = bars(el);
    const rows = await tableOf(el);
    expect(all(el, 'svg')).toHaveLength(0);
    expect(text(one(el, 'caption'))).toBe('各层级办结情况');
    expect(rows).toEqual([
      ['层级', '办结件数', '占比'],
      ['网格', '30', '71.4%'],
      ['社区', '8', '19.0%'],
      ['街镇', '3', '7.1%'],
      ['区级', '1', '2.4%'],
      ['结案合计', '42', ''],
    ]);
    // The table's numbers are the bars' numbers.
    fromChart.forEach((bar, i) => {
      expect(Number(rows[i + 1]?.[1])).toBe(bar.count);
      expect(rows[i + 1]?.[2]).toBe(`${((bar.share ?? 0) * 100).toFixed(1)}%`);
    });
    const scopes = all(el, 'th').map((th) => th.getAttribute('scope'));
    expect(scopes).toEqual(['col', 'col', 'col', 'row', 'row', 'row', 'row', 'row']);
  });

  it('shows a report with no case closed as "—", never 0 % or NaN', async () => {
    const el = await chart({ report: kpiReport({ levels: [0, 0, 0, 0] }) });
    expect(one(el, 'svg').getAttribute('aria-label')).toBe('各层级办结情况：本期无结案');
    expect(svgTexts(el, 'value')).toEqual(['—', '—', '—', '—']);
    expect(bars(el).every((b) => b.width === 0)).toBe(true);
    expect(exposedStrings(el).join(' ')).not.toMatch(/NaN|Infinity|0\.0%/);
    const rows = await tableOf(el);
    expect(rows[1]).toEqual(['网格', '0', '—无数据']);
    for (const report of [undefined, null, { closed: 3 }, 'nope']) {
      const empty = await chart({ report });
      expect(text(one(empty, '[part~="empty"]'))).toBe('暂无数据');
    }
  });
});

describe('<wg-level-chart> several reports', () => {
  it('groups four bars under each report’s label, and says where the grid share is highest', async () => {
    const el = await chart({ reports: byStreet });
    expect(svgTexts(el, 'series')).toEqual(['迎泽街道', '老军营街道', MARKUP]);
    expect(bars(el)).toHaveLength(12);
    expect(
      bars(el)
        .filter((b) => b.series === 1)
        .map((b) => b.count),
    ).toEqual([10, 6, 3, 1]);
    expect(one(el, 'svg').getAttribute('aria-label')).toBe(
      '各层级办结情况：3 个单位。网格办结占比最高的是迎泽街道（71.4%），最低的是老军营街道（50.0%）。切换到表格可查看全部数据。',
    );
    // `reports` wins over `report`.
    el.report = kpiReport({ levels: [1, 0, 0, 0] });
    await settled(el);
    expect(bars(el)).toHaveLength(12);
  });

  it('stacks one 100 % bar per report, split by level, with a legend', async () => {
    const el = await chart({ reports: byStreet }, { layout: 'stacked' });
    expect(svgTexts(el, 'axis')).toEqual(['迎泽街道', '老军营街道', MARKUP]);
    expect(svgTexts(el, 'value')).toEqual(['共结案 42 件', '共结案 20 件', '本期无结案']);
    const track = Number(all(el, 'rect.track')[0]?.getAttribute('width'));
    const first = bars(el).filter((b) => b.series === 0);
    expect(first.reduce((sum, b) => sum + b.width, 0)).toBeCloseTo(track, 5);
    // Segments wide enough carry their share.
    expect(svgTexts(el, 'segment')).toContain('71.4%');
    expect(svgTexts(el, 'segment')).toContain('50.0%');
    const legend = all(el, '[part~="legend-item"]').map((li) => text(li));
    expect(legend).toEqual(['网格', '社区', '街镇', '区级']);
    expect(one(el, '[part~="legend"]').getAttribute('aria-label')).toBe('处置层级');
  });

  it('has a table with a row per report and a column per level: the chart’s numbers', async () => {
    const el = await chart({ reports: byStreet }, { layout: 'stacked' });
    const fromChart = bars(el);
    const rows = await tableOf(el);
    expect(rows).toEqual([
      ['单位', '网格', '社区', '街镇', '区级', '结案合计'],
      ['迎泽街道', '30（71.4%）', '8（19.0%）', '3（7.1%）', '1（2.4%）', '42'],
      ['老军营街道', '10（50.0%）', '6（30.0%）', '3（15.0%）', '1（5.0%）', '20'],
      [MARKUP, '—无数据', '—无数据', '—无数据', '—无数据', '0'],
    ]);
    for (const bar of fromChart) {
      const cell =
        rows[bar.series + 1]?.[
          ['grid', 'community', 'street', 'district'].indexOf(bar.level ?? '') + 1
        ];
      if (bar.share === null) expect(cell).toBe('—无数据');
      else expect(cell).toBe(`${String(bar.count)}（${(bar.share * 100).toFixed(1)}%）`);
    }
    expect(all(el, 'tbody th').map((th) => th.getAttribute('scope'))).toEqual([
      'row',
      'row',
      'row',
    ]);
  });

  it('shows labels that look like markup as text', async () => {
    const el = await chart({ reports: byStreet });
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    await tableOf(el);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect(text(all(el, 'tbody th')[2])).toBe(MARKUP);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<wg-level-chart> view switch, language, theme, accessibility', () => {
  it('switches between chart and table with the keyboard', async () => {
    const el = await chart({ report: november });
    const chartButton = one(el, '[data-view="chart"]');
    const tableButton = one(el, '[data-view="table"]');
    expect(chartButton.getAttribute('aria-pressed')).toBe('true');
    chartButton.focus();
    await userEvent.tab();
    expect(el.shadowRoot?.activeElement).toBe(tableButton);
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(el.getAttribute('view')).toBe('table');
    expect(tableButton.getAttribute('aria-pressed')).toBe('true');
    expect(all(el, 'table')).toHaveLength(1);
    // The table's scrolling box is reachable too.
    await userEvent.tab();
    expect(el.shadowRoot?.activeElement?.classList.contains('table-wrap')).toBe(true);
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(el.shadowRoot?.activeElement).toBe(chartButton);
    await userEvent.keyboard(' ');
    await settled(el);
    expect(el.view).toBe('chart');
    expect(all(el, 'svg[role="img"]')).toHaveLength(1);
  });

  it('speaks English, level names from core, and follows the page’s lang', async () => {
    const el = await chart({ report: november });
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(svgTexts(el, 'axis')).toEqual(['Grid', 'Community', 'Street/town', 'District']);
    expect(svgTexts(el, 'value')[0]).toBe('30 · 71.4%');
    expect(one(el, 'svg').getAttribute('aria-label')).toBe(
      'Where cases were resolved: Grid 30 (71.4%), Community 8 (19.0%), Street/town 3 (7.1%), District 1 (2.4%); 42 closed',
    );
    expect(text(one(el, '[data-view="table"]'))).toBe('Table');
    el.lang = 'zh-CN';
    await settled(el);
    expect(svgTexts(el, 'axis')[0]).toBe('网格');
  });

  it('is themed by the dark tokens of <wg-district theme="dark">', async () => {
    const provider = mount(document.createElement('wg-district'));
    provider.setAttribute('theme', 'dark');
    const el = await chart({ report: november }, {}, provider);
    const fills = all(el, 'rect.bar').map((r) => getComputedStyle(r).fill);
    expect(fills).toEqual([
      'rgb(63, 185, 80)',
      'rgb(88, 166, 255)',
      'rgb(227, 179, 65)',
      'rgb(255, 148, 146)',
    ]);
    expect(getComputedStyle(one(el, '[part~="base"]')).backgroundColor).toBe('rgb(22, 27, 34)');
  });

  it.each([
    ['one report', { report: 'one' }],
    ['one report, table', { report: 'one', view: 'table' }],
    ['several, grouped', {}],
    ['several, stacked', { layout: 'stacked' }],
    ['several, table', { view: 'table' }],
    ['dark, stacked', { dark: '', layout: 'stacked' }],
    ['dark, table', { dark: '', view: 'table' }],
    ['English, one report, table', { report: 'one', view: 'table', lang: 'en' }],
    ['empty', { report: 'none' }],
  ])('has no axe-core violations: %s', async (_name, attrs: Record<string, string>) => {
    const { dark, report, ...rest } = attrs;
    let container: HTMLElement = document.body;
    if (dark !== undefined) {
      container = mount(document.createElement('wg-district'));
      container.setAttribute('theme', 'dark');
    }
    const data =
      report === 'one' ? { report: november } : report === 'none' ? {} : { reports: byStreet };
    const el = await chart(data, rest, container);
    const violations = await axeViolations(container === document.body ? el : container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
