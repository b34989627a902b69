// The district portal (examples/index.html), what `npm start` shows first: the Yingze demo
// district at work, with the case engine, the rules and a seeded simulation running in the page.
// Served under the strict CSP with Trusted Types, in real Chromium, from the built bundles and
// the data that scripts/build-portal-data.mjs writes.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/example-server.mjs';
import { openExampleBrowser, type ExampleBrowser } from './support/example-browser.js';

const bundle = new URL('../../packages/elements/dist/wangge-elements.bundle.js', import.meta.url);
const script = new URL('../dist/district-portal.js', import.meta.url);
const data = new URL('../data/portal/', import.meta.url);

/** What the test reads of the district: the first street → community → grid chain. */
interface BundleData {
  readonly streets: readonly { readonly id: string }[];
  readonly communities: readonly { readonly id: string; readonly streetId: string }[];
  readonly grids: readonly { readonly id: string; readonly communityId: string }[];
  readonly residents?: readonly unknown[];
  readonly households?: readonly unknown[];
}

let server: ExampleBrowser['server'];
let page: Page;
let district: BundleData;
let site: ExampleBrowser;

beforeAll(async () => {
  if (!existsSync(bundle) || !existsSync(script) || !existsSync(new URL('district.json', data))) {
    throw new Error('Run `npm run build` before the end-to-end tests.');
  }
  district = JSON.parse(readFileSync(new URL('district.json', data), 'utf8')) as BundleData;
  site = await openExampleBrowser({ width: 1400, height: 1000 });
  ({ server, page } = site);
}, 60_000);

afterAll(async () => {
  await site.close();
});

/** Opens the portal with URL parameters and waits until the engine has run the night. */
async function open(query: string): Promise<void> {
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
}

const simulatedTime = () => page.locator('#sim-time').getAttribute('datetime');

describe('the district portal', () => {
  it('is what the server shows first, under the strict CSP, in Chinese', async () => {
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    expect(await page.title()).toContain('迎泽区网格化综治指挥中心');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      '迎泽区网格化综治指挥中心',
    );
    for (const name of ['指挥中心总览', '网格地图与案件', '当前案件', '问题上报（热线坐席）']) {
      expect(await page.getByRole('heading', { name, level: 2 }).count()).toBe(1);
    }
    // The other examples stay a link away.
    expect(await page.getByRole('link', { name: '连心卡' }).getAttribute('href')).toBe(
      './contact-cards.html',
    );
    expect(await page.getByRole('link', { name: '全部组件' }).getAttribute('href')).toBe(
      './widgets.html',
    );
  });

  it('never sends residents to the browser', () => {
    expect(district.residents ?? []).toEqual([]);
    expect(district.households ?? []).toEqual([]);
  });

  it('turns a report from the form into a located, decided and assigned case', async () => {
    await open('?seed=7&speed=0');
    const form = page.locator('wg-report-form');
    const grid = district.grids[0]!;
    const community = district.communities.find((c) => c.id === grid.communityId)!;
    // Choosing a grid in the picking map's tree picks a point inside it for the form.
    const row = (id: string) =>
      page.locator(`#pick-map [part~="tree"] [role="treeitem"][data-key="${id}"]`);
    for (const id of [community.streetId, community.id]) {
      if ((await row(id).getAttribute('aria-expanded')) !== 'true') {
        await row(id).locator('[data-toggle]').click();
      }
    }
    await row(grid.id).locator('.name').click();
    await expect.poll(() => form.locator('#grid').inputValue()).toBe(grid.id);
    await form.locator('#category').selectOption('CG-03');
    await form.locator('#description').fill('小区北门垃圾堆积三天无人清运');
    await form.locator('#reporter-name').fill('张伟');
    await form.locator('#reporter-mobile').fill('136 9876 5432');
    await form.locator('[part~="submit"]').click();

    await expect.poll(() => page.locator('#report-status').innerText()).toMatch(/已受理/);
    const caseId = /c-\d{8}-\d{4}/.exec(await page.locator('#report-status').innerText())?.[0];
    expect(caseId).toBeDefined();
    // The rules' explanation: the level, who handles it and by when.
    const why = await page.locator('#decision-text').innerText();
    expect(why).toContain('乱堆乱放');
    expect(why).toMatch(/前办结/);

    // In the list, on the map (a marker, and its grid coloured by one more open case), and
    // open in the card and the timeline, which shows it filed and assigned.
    const seen = await page.evaluate(
      ({ id, gridId }) => {
        const list = document.querySelector('#cases') as unknown as { cases: { id: string }[] };
        const map = document.querySelector('#map') as unknown as {
          markers: { id: string }[];
          counts: Record<string, { open: number }>;
        };
        return {
          listed: list.cases.some((c) => c.id === id),
          marker: map.markers.some((m) => m.id === id),
          open: map.counts[gridId]?.open ?? 0,
        };
      },
      { id: caseId!, gridId: grid.id },
    );
    expect(seen).toEqual({ listed: true, marker: true, open: expect.any(Number) as unknown });
    expect(seen.open).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#case [part~="title"]').innerText()).toBe('乱堆乱放');
    const entries = page.locator('#history [part~="entry"]');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await page.locator('#history .entry.case-assigned').count()).toBe(1);
    // The reporter's name is masked; the mobile is not shown at all.
    expect(await page.locator('#case [part~="reporter"]').innerText()).toBe('张*');
    // The grid's contact card follows the case.
    await expect.poll(() => page.locator('#contact').isVisible()).toBe(true);
    expect(await page.locator('#contact [part~="worker-mobile"]').innerText()).toMatch(
      /1\d\d\*{4}\d{4}/,
    );
    // Choosing the grid on the map filters the list to it.
    const mapRow = (id: string) =>
      page.locator(`#map [part~="tree"] [role="treeitem"][data-key="${id}"]`);
    for (const id of [community.streetId, community.id]) {
      if ((await mapRow(id).getAttribute('aria-expanded')) !== 'true') {
        await mapRow(id).locator('[data-toggle]').click();
      }
    }
    await mapRow(grid.id).locator('.name').click();
    await expect
      .poll(() => page.locator('#cases [part~="filter-chip"]').count())
      .toBeGreaterThan(0);
  });

  it('escalates the cases left alone when their deadlines pass', async () => {
    // Six simulated hours after 08:00, run at once: deterministic for the seed.
    await open('?seed=7&speed=0&advance=6');
    expect(await simulatedTime()).toBe('2026-11-26T14:00:00+08:00');
    const list = page.locator('#cases');
    await list.scrollIntoViewIfNeeded();
    await list.locator('select[name="level"]').selectOption('community');
    const rows = list.locator('[role="option"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('[part~="level-community"]').count()).toBe(1);
    await rows.first().click();
    await expect
      .poll(() => page.locator('#history .entry.case-escalated').count())
      .toBeGreaterThan(0);
    // The dashboard: today's figures, folded from the engine's log, compared with yesterday.
    const value = (metric: string) =>
      page.locator(`#kpis [part~="figure-${metric}"] [part~="value"]`).innerText();
    expect(await value('closureRate')).toMatch(/^\d+(\.\d)?\s?%$/);
    expect(Number.parseInt(await value('closed'), 10)).toBeGreaterThan(0);
    expect(await page.locator('#kpis [part~="trend"]').count()).toBeGreaterThan(0);
  });

  it('runs the clock at the speed chosen, and pauses it', async () => {
    const fast = page.getByRole('button', { name: '×3600' });
    await fast.click();
    expect(await fast.getAttribute('aria-pressed')).toBe('true');
    const before = Date.parse((await simulatedTime()) ?? '');
    await expect
      .poll(async () => Date.parse((await simulatedTime()) ?? '') - before, { timeout: 5_000 })
      .toBeGreaterThan(30 * 60_000);
    await page.getByRole('button', { name: '暂停' }).click();
    expect(await fast.getAttribute('aria-pressed')).toBe('false');
  });

  it('switches the page and the elements to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Yingze District grid command centre',
    );
    expect(await page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expect
      .poll(() => page.locator('#kpis [part~="figure-closureRate"] [part~="label"]').innerText())
      .toMatch(/closure/i);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('ran without console errors, page errors or CSP violations', () => {
    expect(site.problems).toEqual([]);
  });
});
