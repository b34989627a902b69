// What every end-to-end test of the example pages starts with: the example server (strict CSP
// with Trusted Types, as `npm start` serves the pages), Debian's chromium driven by Playwright,
// and one page whose console errors, warnings, uncaught errors and CSP violations are collected,
// so that each file can assert at its end that there were none.
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { startExampleServer } from '../../../scripts/example-server.mjs';

/** The server, the browser and its page, and what went wrong on the page so far. */
export interface ExampleBrowser {
  readonly server: Awaited<ReturnType<typeof startExampleServer>>;
  readonly browser: Browser;
  readonly page: Page;
  /** `console.error: …`, `console.warning: …`, `pageerror: …`, in the order they happened. */
  readonly problems: string[];
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

/** Starts the server and chromium, and opens a page that records its problems. */
export async function openExampleBrowser(
  viewport: { readonly width: number; readonly height: number } = { width: 1280, height: 720 },
): Promise<ExampleBrowser> {
  const server = await startExampleServer({ port: 0 });
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    server,
    browser,
    page,
    problems,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
