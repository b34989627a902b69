// Typechecks every project: each package's source under its own settings (core without the
// DOM), the tests, the examples and the tooling.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const projects = [
  'packages/core/tsconfig.json',
  'packages/core/test/tsconfig.json',
  'packages/core/bench/tsconfig.json',
  'packages/elements/tsconfig.json',
  'packages/elements/bench/tsconfig.json',
  'packages/store-postgres/tsconfig.json',
  'packages/store-postgres/test/tsconfig.json',
  'packages/store-postgres/bench/tsconfig.json',
  'examples/tsconfig.json',
  'examples/district-portal/tsconfig.json',
  'examples/test/tsconfig.json',
  'tsconfig.json',
];

for (const project of projects) {
  const { status } = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], {
    stdio: 'inherit',
  });
  if (status !== 0) {
    console.error(`typecheck failed: ${project}`);
    process.exit(status ?? 1);
  }
  console.log(`typecheck ok: ${project}`);
}

const examples = spawnSync(
  process.execPath,
  [new URL('check-examples.mjs', import.meta.url).pathname],
  {
    stdio: 'inherit',
  },
);
if (examples.status !== 0) process.exit(examples.status ?? 1);
