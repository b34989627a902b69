// The embedding example (examples/embed.html) as another district portal would copy it: one
// script element (the bundle) and the elements with their data in attributes and JSON files,
// served under the strict CSP with Trusted Types, in real Chromium.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/example-server.mjs';
import { openExampleBrowser, type ExampleBrowser } from './support/example-browser.js';

const bundle = new URL('../../packages/elements/dist/wangge-elements.bundle.js', import.meta.url);
const data = new URL('../data/district.json', import.meta.url);

let server: ExampleBrowser['server'];
let page: Page;
let site: ExampleBrowser;

beforeAll(async () => {
  if (!existsSync(bundle) || !existsSync(data)) {
    throw new Error('Run `npm run build` before the end-to-end tests.');
  }
  site = await openExampleBrowser({ width: 1280, height: 900 });
  ({ server, page } = site);
}, 60_000);

afterAll(async () => {
  await site.close();
});

describe('the embedding example', () => {
  it('is served with the strict policy and has one script element, the bundle', async () => {
    const response = await page.goto(new URL('embed.html', server.url).href);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script')].map((script) => ({
        type: script.type,
        src: script.getAttribute('src'),
        inline: script.text.trim() !== '',
      })),
    );
    expect(scripts).toEqual([
      { type: 'module', src: './vendor/wangge-elements.bundle.js', inline: false },
    ]);
  });

  it('renders the grid map from the district files', async () => {
    const district = page.locator('wg-district');
    await expect
      .poll(() =>
        district.evaluate((el: HTMLElement & { value: { district?: object; layer?: object } }) =>
          Boolean(el.value.district && el.value.layer),
        ),
      )
      .toBe(true);
    expect(await district.locator('[role="alert"]').count()).toBe(0);
    // The map's shadow root draws the layer's units and lists the demo's seven streets.
    const map = page.locator('wg-grid-map');
    await expect.poll(() => map.locator('svg.layer path').count()).toBeGreaterThan(6);
    expect(await map.locator('[role="treeitem"]').count()).toBe(7);
    expect(await map.locator('[part~="map"]').getAttribute('role')).toBe('application');
  });

  it('renders the contact card from its attribute, the mobile masked', async () => {
    const card = page.locator('wg-contact-card');
    await expect.poll(() => card.locator('[part~="title"]').innerText()).toBe('连心卡');
    expect(await card.locator('[part~="title"]').getAttribute('aria-level')).toBe('2');
    expect(await card.locator('[part~="worker-name"]').innerText()).toBe('李明');
    const mobile = await card.locator('[part~="worker-mobile"]').innerText();
    expect(mobile).toContain('138****8000');
    expect(mobile).not.toContain('13800138000');
  });

  it('ran without console errors, page errors or CSP violations', () => {
    expect(site.problems).toEqual([]);
  });
});
