// `npm test`: every check, in order, stopping at the first failure. Ends with one plain line
// `tests: N passed, N failed` counting the Vitest tests (unit, Chromium components, end to end).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (/** @type {string} */ name) => join(root, 'node_modules', '.bin', name);
/** @returns {[string, string[]]} */
const node = (/** @type {string} */ script, /** @type {string[]} */ ...args) => [
  process.execPath,
  [join(root, script), ...args],
];

/** @type {[string, [string, string[]]][]} */
const steps = [
  ['format (prettier)', [bin('prettier'), ['--check', '--log-level', 'warn', '.']]],
  ['lint (eslint)', [bin('eslint'), ['--max-warnings', '0', '.']]],
  ['typecheck (tsc)', node('scripts/typecheck.mjs')],
  ['changesets', node('scripts/check-changesets.mjs')],
  ['build (rollup)', [bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']]],
  ['example data', node('scripts/build-example-data.mjs')],
  ['portal data', node('scripts/build-portal-data.mjs')],
  ['bundle size budgets', node('scripts/check-size.mjs')],
  ['custom-elements manifest', node('scripts/check-manifest.mjs')],
  ['chromium', node('scripts/ensure-chromium.mjs')],
  ['postgresql', node('scripts/ensure-postgres.mjs')],
];

/** @param {string} title @param {[string, string[]]} command */
function run(title, [command, args]) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`✖ ${title} failed (${seconds}s)`);
    return false;
  }
  console.log(`✔ ${title} (${seconds}s)`);
  return true;
}

for (const [title, command] of steps) {
  if (!run(title, command)) {
    console.log('\ntests: 0 passed, 1 failed');
    process.exit(1);
  }
}

const out = mkdtempSync(join(tmpdir(), 'wangge-vitest-'));
const report = join(out, 'report.json');
const testsOk = run('tests (vitest: node, chromium, end to end)', [
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
]);
let passed = 0;
let failed = testsOk ? 0 : 1;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests + (testsOk ? 0 : result.numFailedTests === 0 ? 1 : 0);
  if (result.numPendingTests + result.numTodoTests > 0) {
    console.error('✖ skipped or todo tests are not allowed');
    failed += result.numPendingTests + result.numTodoTests;
  }
}
rmSync(out, { recursive: true, force: true });

/** @type {[string, [string, string[]]][]} */
const finalSteps = [
  ['package checks (publint, attw)', node('scripts/check-packages.mjs')],
  ['docs (typedoc)', node('scripts/build-docs.mjs')],
];
const after = failed === 0 && finalSteps.every(([title, command]) => run(title, command));
if (failed === 0 && !after) failed = 1;

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
