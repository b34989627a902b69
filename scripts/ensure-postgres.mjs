// Makes sure the PostgreSQL server binaries exist for the store tests, which start a private
// server of their own (initdb + pg_ctl on 127.0.0.1, in a temporary directory; the system's
// server, if any, is never used). On Debian/Ubuntu as root it installs the distribution's
// `postgresql` package; elsewhere it stops with instructions.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const BINARIES = ['initdb', 'pg_ctl', 'postgres'];

/** The directory holding every binary, on PATH or in /usr/lib/postgresql/<version>/bin. */
function findPostgres() {
  const fromPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const versioned = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((name) => join('/usr/lib/postgresql', name, 'bin'))
    : [];
  return [...fromPath, ...versioned].find((dir) =>
    BINARIES.every((name) => {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

const found = findPostgres();
if (found) {
  console.log(`postgresql: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (isRoot && hasApt) {
  console.log('postgresql: not found; installing Debian package "postgresql" with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (/** @type {string[]} */ args) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  const ok =
    run(['update', '-qq']) &&
    run(['install', '-y', '-qq', '--no-install-recommends', 'postgresql']);
  const installed = ok ? findPostgres() : undefined;
  if (installed) {
    console.log(`postgresql: installed at ${installed}`);
    process.exit(0);
  }
  console.error('postgresql: apt-get could not install the "postgresql" package.');
}

console.error(`
The store tests run against a private PostgreSQL server that they start themselves, and no
PostgreSQL server binaries (${BINARIES.join(', ')}) were found on PATH or in
/usr/lib/postgresql/*/bin. Install them, then run the tests again:
  - on Debian/Ubuntu: sudo apt-get install postgresql
  - elsewhere: your distribution's PostgreSQL server package (15 or later), with its bin
    directory on PATH
`);
process.exit(1);
