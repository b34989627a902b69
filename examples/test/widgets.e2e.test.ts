// Every widget of the kit on one page (examples/widgets.html), as a host would deploy them: served
// under the strict CSP with Trusted Types, in real Chromium, from the built bundle and the data
// that scripts/build-example-data.mjs writes.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/example-server.mjs';
import { openExampleBrowser, type ExampleBrowser } from './support/example-browser.js';

const bundle = new URL('../../packages/elements/dist/wangge-elements.bundle.js', import.meta.url);
const data = new URL('../data/', import.meta.url);
const manifest = new URL('../../packages/elements/custom-elements.json', import.meta.url);

const MARKUP = '<img src=x onerror=alert(1)>';
/** What residents gave when reporting: it must never reach the page unmasked. */
const PERSONAL = ['王秀英', '13912345678', '李建国', '13712345678'];

/** What the test reads of data/cases.json: the cases' ids and places. */
interface CaseData {
  readonly markupGridId: string;
  readonly cases: readonly {
    readonly id: string;
    readonly categoryCode: string;
    readonly microGridId?: string;
    readonly gridId: string;
    readonly communityId: string;
    readonly streetId: string;
  }[];
}

/** A wg-* event as the page saw it: its type and own fields (the event classes' members). */
interface SeenEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

declare global {
  interface Window {
    wgEvents?: SeenEvent[];
  }
}

let server: ExampleBrowser['server'];
let page: Page;
let cases: CaseData;
let timeline: readonly unknown[];
/** The catalogue's names by category code. */
let categories: ReadonlyMap<string, { zh: string; en: string }>;
let site: ExampleBrowser;

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, data), 'utf8'));

beforeAll(async () => {
  if (!existsSync(bundle) || !existsSync(new URL('cases.json', data))) {
    throw new Error('Run `npm run build` before the end-to-end tests.');
  }
  cases = read('cases.json') as CaseData;
  timeline = read('timeline.json') as unknown[];
  const bundleData = read('district.json') as {
    categories: { code: string; name: { zh: string; en: string } }[];
  };
  categories = new Map(bundleData.categories.map((c) => [c.code, c.name]));
  site = await openExampleBrowser({ width: 1280, height: 900 });
  ({ server, page } = site);
  await page.addInitScript(() => {
    // Errors reported to the window without an exception (a ResizeObserver loop, say).
    window.addEventListener('error', (event) => {
      console.error(`window error: ${event.message}`);
    });
    const seen: SeenEvent[] = [];
    window.wgEvents = seen;
    for (const type of [
      'wg-grid-select',
      'wg-point-pick',
      'wg-case-select',
      'wg-report',
      'wg-kpi-select',
    ]) {
      document.addEventListener(type, (event) => {
        seen.push(
          JSON.parse(
            JSON.stringify({ ...Object.fromEntries(Object.entries(event)), type }),
          ) as SeenEvent,
        );
      });
    }
  });
}, 60_000);

afterAll(async () => {
  await site.close();
});

const events = (type: string) =>
  page.evaluate((wanted) => (window.wgEvents ?? []).filter((e) => e.type === wanted), type);

/**
 * What the elements put on the page: the text and attribute values of every shadow root (the
 * host's own markup, such as a contact card's `card` attribute, is left out).
 */
const renderedText = () =>
  page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot, inShadow: boolean) => {
      for (const element of root.querySelectorAll('*')) {
        if (inShadow) {
          for (const attribute of element.attributes) parts.push(attribute.value);
          for (const node of element.childNodes) {
            if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
          }
        }
        if (element.shadowRoot) walk(element.shadowRoot, true);
      }
    };
    walk(document, false);
    return parts.join('\n');
  });

/** Which of the values appear in what the elements render. */
const shown = async (values: readonly string[]) => {
  const text = await renderedText();
  return values.filter((value) => text.includes(value));
};

/** The cases inside a unit (micro-grid, grid, community or street), as the list filters them. */
const casesIn = (unitId: string) =>
  cases.cases
    .filter((c) => [c.microGridId, c.gridId, c.communityId, c.streetId].includes(unitId))
    .map((c) => c.id)
    .sort();

const listIds = () =>
  page
    .locator('#cases')
    .evaluate((list: HTMLElement & { results: readonly { id: string }[] }) =>
      list.results.map((row) => row.id).sort(),
    );

/**
 * `CaseCommand` of the built @wangge/core, as a host's server would check what the page sends.
 * (Imported by address: this project's typecheck reads core's source under other settings.)
 */
async function coreCommand() {
  const core = (await import(
    new URL('../../packages/core/dist/index.js', import.meta.url).href
  )) as {
    CaseCommand: {
      safeParse: (input: unknown) => { success: boolean; error?: { issues: unknown } };
    };
  };
  return core.CaseCommand;
}

/** Expands the rows of a map's tree down to a unit and clicks the unit's name. */
async function chooseInTree(map: string, unitId: string) {
  const chain = [...cases.cases]
    .map((c) => [c.streetId, c.communityId, c.gridId])
    .find((ids) => ids.includes(unitId));
  if (!chain) throw new Error(`no case in ${unitId}`);
  const row = (id: string) =>
    page.locator(`${map} [part~="tree"] [role="treeitem"][data-key="${id}"]`);
  for (const id of chain.slice(0, chain.indexOf(unitId))) {
    if ((await row(id).getAttribute('aria-expanded')) !== 'true') {
      await row(id).locator('[data-toggle]').click();
    }
  }
  await row(unitId).locator('.name').click();
}

describe('the every-widget page', () => {
  it('is served with the strict Content-Security-Policy, and its data as JSON', async () => {
    const response = await page.goto(`${server.url}widgets.html`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.title()).toContain('全部组件 · Every widget');
    for (const [name, type] of [
      ['district.json', 'application/json'],
      ['grids.geojson', 'application/geo+json'],
      ['cases.json', 'application/json'],
      ['timeline.json', 'application/json'],
    ] as const) {
      const file = await page.request.get(`${server.url}data/${name}`);
      expect(file.status(), name).toBe(200);
      expect(file.headers()['content-type'], name).toBe(type);
      expect(file.headers()['content-security-policy'], name).toBe(CONTENT_SECURITY_POLICY);
    }
    // The district the page loads is the public one: no resident, household or staff mobile.
    const district = (await (await page.request.get(`${server.url}data/district.json`)).json()) as {
      residents: unknown[];
      households: unknown[];
      people: { name: string; mobile?: string }[];
    };
    expect(district.residents).toEqual([]);
    expect(district.households).toEqual([]);
    expect(district.people.length).toBeGreaterThan(0);
    expect(district.people.filter((person) => 'mobile' in person)).toEqual([]);
  });

  it('has every element of the kit, each defined and rendered', async () => {
    const kit = (
      JSON.parse(readFileSync(manifest, 'utf8')) as {
        modules: { declarations?: { tagName?: string }[] }[];
      }
    ).modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []))
      .sort();
    expect(kit).toHaveLength(9);
    const onPage = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('wg-'))
        .map((element) => ({
          tag: element.localName,
          defined: customElements.get(element.localName) !== undefined,
          rendered: (element.shadowRoot?.childElementCount ?? 0) > 0,
        })),
    );
    expect([...new Set(onPage.map((element) => element.tag))].sort()).toEqual(kit);
    expect(onPage.filter((element) => !element.defined || !element.rendered)).toEqual([]);

    // <wg-district>: both files read and provided, no error state.
    const district = page.locator('wg-district');
    await expect
      .poll(() =>
        district.evaluate((el: HTMLElement & { value: { district?: object; layer?: object } }) =>
          Boolean(el.value.district && el.value.layer),
        ),
      )
      .toBe(true);
    expect(await district.locator('[role="alert"]').count()).toBe(0);

    const contact = page.locator('wg-contact-card');
    expect(await contact.locator('[part~="title"]').innerText()).toBe('连心卡');
    expect(await contact.locator('[part~="worker-name"]').innerText()).toBe('李明');

    // The maps draw the layer's units and list its seven streets in their trees.
    for (const map of ['#overview-map', '#pick-map', '#kpi-map']) {
      await expect.poll(() => page.locator(`${map} svg.layer path`).count()).toBeGreaterThan(6);
      expect(await page.locator(`${map} [role="treeitem"]`).count()).toBe(7);
    }
    // The overview shows the cases: markers, and a legend of the counts.
    expect(await page.locator('#overview-map .markers > *').count()).toBeGreaterThan(0);
    expect(await page.locator('#overview-map [part~="legend"]').innerText()).toContain('待办');

    const list = page.locator('#cases');
    await expect.poll(() => list.locator('[role="option"]').count()).toBe(cases.cases.length);
    expect(await list.locator('[part~="count"]').innerText()).toContain(String(cases.cases.length));

    // The card shows the first case (a neighbour dispute), the timeline its whole log.
    const card = page.locator('#case');
    await expect.poll(() => card.locator('[part~="title"]').innerText()).toBe('邻里纠纷');
    expect(await card.locator('[part~="step"][aria-current="step"]').innerText()).toBe('处理反馈');
    const history = page.locator('#history');
    await expect.poll(() => history.locator('[part~="entry"]').count()).toBe(timeline.length);
    expect(await history.locator('[part~="handover"]').count()).toBe(1);
    expect(await history.locator('.entry.verification-failed').count()).toBe(1);

    // The command centre: nine figures with trends and sparklines, the map coloured by the
    // on-time rate (hatched where a grid had nothing due), where the streets' cases ended.
    const kpis = page.locator('#kpis');
    expect(await kpis.locator('[part~="figure"]').count()).toBe(9);
    expect(await kpis.locator('[part~="trend"]').count()).toBe(9);
    expect(await kpis.locator('svg[part~="sparkline"][role="img"]').count()).toBe(9);
    expect(await kpis.locator('[part~="label"]').first().innerText()).toBe('结案率');
    expect(await kpis.locator('[part~="period"]').innerText()).toContain('2026年11月1日至30日');
    const kpiLegend = page.locator('#kpi-map [part~="legend"]');
    await expect.poll(() => kpiLegend.locator('.legend-entry').count()).toBe(5);
    expect(await kpiLegend.innerText()).toContain('无数据');
    expect(await page.locator('#kpi-map path.unit.b0').count()).toBeGreaterThan(0);
    const levels = page.locator('#levels');
    await expect.poll(() => levels.locator('rect.bar').count()).toBe(8 * 4);
    expect(await levels.locator('svg[part~="chart"]').getAttribute('aria-label')).toContain(
      '8 个单位',
    );

    const form = page.locator('wg-report-form');
    for (const control of ['#category', '#longitude', '#latitude', '#street', '#description']) {
      expect(await form.locator(control).count(), control).toBe(1);
    }
    expect(await form.locator('#category option').count()).toBeGreaterThan(10);
    expect(await form.locator('[part~="submit"]').innerText()).toBe('提交上报');
  });

  it('shows text that looks like markup as text', async () => {
    // The markup-like grid name and descriptions are data: no element is made of them.
    const images = await page.evaluate(() => {
      let count = 0;
      const walk = (root: Document | ShadowRoot) => {
        count += root.querySelectorAll('img').length;
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return count;
    });
    expect(images).toBe(0);
    const text = (selector: string) => page.locator(selector).first().innerText();
    expect(await text('wg-contact-card [part~="grid"]')).toContain(MARKUP);
    expect(await text('#cases [role="option"] [part~="place"]')).toContain(MARKUP);
    expect(await text('#case [part~="place"]')).toContain(MARKUP);
    expect(await text('#case [part~="description"]')).toContain(MARKUP);
    expect(await text('#history [part~="handover"]')).toContain(MARKUP);
    expect(await page.locator('#levels svg text', { hasText: MARKUP }).count()).toBe(1);
  });

  it('masks residents’ names and never shows their mobiles', async () => {
    expect(await page.locator('#case [part~="reporter"]').innerText()).toBe('王**');
    const reported = page.locator('#history .entry.case-reported');
    expect(await reported.innerText()).toContain('王**');
    expect(await page.locator('wg-contact-card [part~="worker-mobile"]').innerText()).toContain(
      '138****8000',
    );
    // Nowhere in what the elements render, in text or attributes.
    expect(await shown([...PERSONAL, '13800138000'])).toEqual([]);
    // The list's rows are summaries: no reporter at all.
    const rows = await page.locator('#cases [role="listbox"]').innerText();
    expect(rows).not.toContain('王*');
    expect(rows).not.toContain('李*');
  });

  it('filters the list by the unit chosen on the map or in its tree', async () => {
    // A click in the middle of the map selects the unit there.
    const viewport = page.locator('#overview-map [part~="map"]');
    const box = await viewport.boundingBox();
    if (!box) throw new Error('the map has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => events('wg-grid-select')).toHaveLength(1);
    const [clicked] = await events('wg-grid-select');
    const unitId = String(clicked?.unitId);
    const list = page.locator('#cases');
    expect(await list.evaluate((el: HTMLElement & { grid: string }) => el.grid)).toBe(unitId);
    await expect.poll(listIds).toEqual(casesIn(unitId));

    // The tree: street → community → the grid with the markup-like name.
    const grid = cases.markupGridId;
    await chooseInTree('#overview-map', grid);
    await expect.poll(() => events('wg-grid-select')).toHaveLength(2);
    expect((await events('wg-grid-select'))[1]).toMatchObject({ unitId: grid, level: 'grid' });
    await expect.poll(listIds).toEqual(casesIn(grid));
    expect(casesIn(grid).length).toBeGreaterThan(1);
    expect(casesIn(grid).length).toBeLessThan(cases.cases.length);
    await expect.poll(() => list.locator('[role="option"]').count()).toBe(casesIn(grid).length);
    expect(await list.locator('[part~="count"]').innerText()).toContain(
      String(casesIn(grid).length),
    );
    expect(await list.locator('[part~="filter-chip"]').innerText()).toContain(MARKUP);
  });

  it('opens the case chosen in the list in the card', async () => {
    const title = page.locator('#case [part~="title"]');
    const before = await title.innerText();
    // A row of another case than the card's.
    const row = page
      .locator('#cases [role="option"]')
      .filter({ hasNot: page.getByText(before, { exact: true }) })
      .first();
    const category = await row.locator('[part~="category"]').innerText();
    await row.click();
    await expect.poll(() => events('wg-case-select')).toHaveLength(1);
    const [selected] = await events('wg-case-select');
    const record = cases.cases.find((c) => c.id === selected?.caseId);
    expect(categories.get(record?.categoryCode ?? '')?.zh).toBe(category);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => title.innerText()).toBe(category);
    expect(category).not.toBe(before);
  });

  it('sends a valid report with its place picked on the map', async () => {
    const form = page.locator('wg-report-form');
    const grid = cases.markupGridId;
    // Choosing a grid in the picking map's tree picks a point inside it for the form.
    await chooseInTree('#pick-map', grid);
    await expect.poll(() => events('wg-point-pick')).toHaveLength(1);
    const [picked] = await events('wg-point-pick');
    expect(picked).toMatchObject({ gridId: grid, microGridId: expect.any(String) as unknown });
    await expect.poll(() => form.locator('#grid').inputValue()).toBe(grid);
    const longitude = await form.locator('#longitude').inputValue();
    const latitude = await form.locator('#latitude').inputValue();
    expect(longitude).toMatch(/^112\.\d+$/);
    expect(latitude).toMatch(/^37\.\d+$/);
    expect(await form.locator('[part~="place-status"]').innerText()).toContain(MARKUP);

    await form.locator('#category').selectOption('CG-03');
    await form.locator('#description').fill('小区北门垃圾堆积三天无人清运');
    await form.locator('#reporter-name').fill('张伟');
    await form.locator('#reporter-mobile').fill('136 9876 5432');
    await form.locator('[part~="submit"]').click();

    await expect.poll(() => events('wg-report')).toHaveLength(1);
    const [sent] = await events('wg-report');
    // The fields of a `report` command, as core's schemas normalise them (the mobile's spaces
    // dropped); the picked point is the one shown in the coordinate fields.
    expect(sent?.report).toEqual({
      categoryCode: 'CG-03',
      priority: 'normal',
      location: {
        point: { type: 'Point', coordinates: [Number(longitude), Number(latitude)] },
        coordinateSystem: 'GCJ02',
      },
      gridId: grid,
      microGridId: picked?.microGridId,
      description: '小区北门垃圾堆积三天无人清运',
      mediaUrls: [],
      reporter: { kind: 'resident', name: '张伟', mobile: '13698765432' },
    });
    // A host sends it as a `report` command, which @wangge/core (as built) accepts.
    const command = await coreCommand();
    const parsed = command.safeParse({
      type: 'report',
      commandId: 'cmd-e2e',
      caseId: 'c-e2e',
      expectedVersion: 0,
      actorId: 'p-e2e',
      ...(sent?.report as object),
    });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);

    // The page says what it received; the form what it sent, with the reporter masked.
    await expect.poll(() => page.locator('main > #status').innerText()).toContain('已收到上报');
    const summary = form.locator('[part~="summary"]');
    await expect.poll(() => summary.count()).toBe(1);
    const sentText = await summary.innerText();
    expect(sentText).toContain('张*');
    expect(sentText).toContain('136****5432');
    expect(await shown(['张伟', '13698765432'])).toEqual([]);
  });

  it('colours the map by the figure chosen in the KPI panel', async () => {
    const rework = page.locator('#kpis [part~="figure-reworkRate"] [part~="label"]');
    await rework.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => events('wg-kpi-select')).toHaveLength(1);
    expect((await events('wg-kpi-select'))[0]).toMatchObject({
      metric: 'reworkRate',
      label: '返工率',
      direction: 'lower-better',
      format: 'percent',
    });
    expect(await rework.getAttribute('aria-pressed')).toBe('true');
    const legend = page.locator('#kpi-map [part~="legend"]');
    await expect.poll(() => legend.locator('.legend-title').innerText()).toBe('返工率');
    expect(
      await page
        .locator('#kpi-map')
        .evaluate((map: HTMLElement & { valueDirection: string }) => map.valueDirection),
    ).toBe('lower-better');
    // The tree gives every grid's value (or "no data") in words.
    await chooseInTree('#kpi-map', cases.markupGridId);
    const row = page.locator(
      `#kpi-map [role="treeitem"][data-key="${cases.markupGridId}"] .visually-hidden`,
    );
    expect(await row.innerText()).toMatch(/返工率：(\d+\.\d%|无数据)/);
  });

  it('switches the level chart to its table with the keyboard', async () => {
    const levels = page.locator('#levels');
    await levels.locator('[data-view="table"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => levels.locator('table tbody tr').count()).toBe(8);
    expect(await levels.locator('table caption').innerText()).toBe('各层级办结情况');
    expect(await levels.locator('table thead th').allInnerTexts()).toEqual([
      '单位',
      '网格',
      '社区',
      '街镇',
      '区级',
      '结案合计',
    ]);
    expect(await levels.locator('tbody th', { hasText: MARKUP }).count()).toBe(1);
    await levels.locator('[data-view="chart"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => levels.locator('svg[part~="chart"]').count()).toBe(1);
  });

  it('speaks English when the page’s lang is en', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const text = (selector: string) => page.locator(selector).first().innerText();
    await expect.poll(() => text('wg-contact-card [part~="title"]')).toBe('Contact card');
    await expect.poll(() => text('#cases [part~="count"]')).toMatch(/cases?/);
    expect(await text('#cases [role="option"] [part~="step"]')).toMatch(/step \d of 6/i);
    expect(await text('#history [part~="title"]')).toBe('Reported');
    expect(await text('#overview-map [part~="zoom-in"]')).toBe('+');
    expect(await page.locator('#overview-map [part~="zoom-in"]').getAttribute('aria-label')).toBe(
      'Zoom in',
    );
    expect(await text('wg-report-form [part~="summary-title"]')).toMatch(/sent|submitted/i);
    // The names from the district's data too: the card's category, the list's places.
    const [selected] = await events('wg-case-select');
    const record = cases.cases.find((c) => c.id === selected?.caseId);
    expect(await text('#case [part~="title"]')).toBe(
      categories.get(record?.categoryCode ?? '')?.en,
    );
    expect(await text('#cases [role="option"] [part~="place"]')).toContain('Community');
    expect(await text('#kpis [part~="label"]')).toBe('Closure rate');
    expect(await text('#levels [part~="title"]')).toBe('Where cases were resolved');
    expect(await text('#levels [part~="legend-item"]')).toBe('Grid');
  });

  it('ran without console errors or warnings, page errors or CSP violations', () => {
    expect(site.problems).toEqual([]);
  });
});
