// Checks what npm would publish: packs each package and runs publint (strict: warnings and
// suggestions fail too) and Are the Types Wrong (ESM-only profile) on the tarball.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../node_modules/.bin/', import.meta.url));
const publint = join(bin, 'publint');
const attw = join(bin, 'attw');
const packages = ['packages/core', 'packages/elements', 'packages/store-postgres'];
const out = mkdtempSync(join(tmpdir(), 'wangge-pack-'));
let failed = false;

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

try {
  for (const dir of packages) {
    const pack = run('npm', ['pack', '--silent', '--pack-destination', out, `./${dir}`]);
    const tarball = pack.output
      .split('\n')
      .filter((line) => line.endsWith('.tgz'))
      .pop();
    if (!pack.ok || !tarball) {
      console.error(`npm pack failed for ${dir}:\n${pack.output}`);
      failed = true;
      continue;
    }
    const path = join(out, tarball);
    const lint = run(publint, ['run', path, '--strict', '--pack', 'false']);
    const clean = lint.ok && /All good!/.test(lint.output);
    console.log(`publint ${tarball}: ${clean ? 'all good' : 'problems'}`);
    if (!clean) {
      console.error(lint.output);
      failed = true;
    }
    const types = run(attw, [path, '--profile', 'esm-only', '--format', 'table-flipped']);
    console.log(`attw ${tarball}: ${types.ok ? 'no problems' : 'problems'}`);
    if (!types.ok) {
      console.error(types.output);
      failed = true;
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
