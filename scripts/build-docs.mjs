// `npm run docs`: the API reference of both packages (typedoc) and the guides in docs/guides, as
// one static site in docs/site that works offline (open docs/site/index.html).
//
// Before typedoc: the case machine's diagram (docs/generated, committed) must be what
// scripts/machine-diagram.mjs makes from the built caseMachine, so `npm run build` comes first
// (`npm test` builds before its docs step). After typedoc: every internal link and resource of
// the site must resolve, and nothing may be loaded from the internet (scripts/check-site-links.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** @param {string} command @param {string[]} args */
const run = (command, args) => {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

if (!existsSync(join(root, 'packages/core/dist/index.js'))) {
  console.error(
    'docs: packages/core/dist is missing: run `npm run build` first (the case machine diagram is checked against the built caseMachine).',
  );
  process.exit(1);
}
run(process.execPath, [join(root, 'scripts/machine-diagram.mjs'), '--check']);
run(join(root, 'node_modules/.bin/typedoc'), ['--logLevel', 'Warn']);
run(process.execPath, [join(root, 'scripts/check-site-links.mjs'), join(root, 'docs/site')]);
console.log(`docs: ${join(root, 'docs/site/index.html')}`);
