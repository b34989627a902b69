// Makes sure a Chromium exists for the browser tests. On Debian/Ubuntu as root it installs the
// distribution's `chromium` package; elsewhere it stops with instructions.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}

if (process.env.WANGGE_CHROMIUM) {
  console.error(
    `WANGGE_CHROMIUM is set to "${process.env.WANGGE_CHROMIUM}", which is not an executable file.`,
  );
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (isRoot && hasApt) {
  console.log('chromium: not found; installing Debian package "chromium" with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (/** @type {string[]} */ args) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  const ok =
    run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  const installed = ok ? findChromium() : undefined;
  if (installed) {
    console.log(`chromium: installed at ${installed}`);
    process.exit(0);
  }
  console.error('chromium: apt-get could not install the "chromium" package.');
}

console.error(`
The browser tests need Chromium, and none was found.
Provide one in either of these ways, then run the tests again:
  - install your distribution's package, e.g. on Debian/Ubuntu: sudo apt-get install chromium
  - or point WANGGE_CHROMIUM at an existing Chromium or Chrome executable:
      WANGGE_CHROMIUM=/path/to/chrome npm test
`);
process.exit(1);
