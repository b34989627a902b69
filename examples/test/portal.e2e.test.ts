// The contact-card page (contact-cards.html) as a user meets it: served by `npm start`'s server
// under a strict CSP with Trusted Types, in real Chromium, using only the built bundle.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/example-server.mjs';
import { openExampleBrowser, type ExampleBrowser } from './support/example-browser.js';

const bundle = new URL('../../packages/elements/dist/wangge-elements.bundle.js', import.meta.url);

let server: ExampleBrowser['server'];
let browser: Browser;
let page: Page;
let site: ExampleBrowser;

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error('Run `npm run build` before the end-to-end tests.');
  site = await openExampleBrowser();
  ({ server, browser, page } = site);
}, 60_000);

afterAll(async () => {
  await site.close();
});

const cardText = (index: number, selector: string) =>
  page.locator('wg-contact-card').nth(index).locator(selector).first().innerText();

describe('the contact-card page', () => {
  it('is served with a strict Content-Security-Policy and Trusted Types', async () => {
    const response = await page.goto(`${server.url}contact-cards.html`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    // Trusted Types are enforced: a raw string can no longer become markup. Checked on a page of
    // its own, so that this deliberate violation is not counted against the portal.
    const probe = await browser.newPage();
    await probe.goto(`${server.url}contact-cards.html`);
    const blocked = await probe.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    expect(blocked).toBe(true);
    await probe.close();
  });

  it('shows contact cards in Chinese with masked mobiles', async () => {
    await page.goto(`${server.url}contact-cards.html`);
    await expect.poll(() => cardText(0, '[part~="title"]')).toBe('连心卡');
    expect(await cardText(0, '[part~="worker-name"]')).toBe('李明');
    expect(await cardText(0, '[part~="worker-mobile"]')).toContain('138****8000');
    expect(await cardText(1, '[part~="worker-mobile"]')).toContain('139****5678');
    expect(
      await page.locator('wg-contact-card').first().locator('[part~="worker-mobile"] a').count(),
    ).toBe(0);
  });

  it('switches to English and reveals the mobile when the host asks', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => cardText(0, '[part~="title"]')).toBe('Contact card');
    await page.getByLabel(/Show full mobile/).check();
    const link = page.locator('wg-contact-card').first().locator('[part~="worker-mobile"] a');
    await expect.poll(() => link.getAttribute('href')).toBe('tel:+86-138-0013-8000');
    expect(await cardText(1, '[part~="worker-mobile"]')).toBe('13912345678');
  });

  it('ran without console errors, page errors or CSP violations', () => {
    expect(site.problems).toEqual([]);
  });
});
