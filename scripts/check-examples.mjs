// Typechecks every ```ts block under an @example tag in the packages' TSDoc, as a user would
// paste it: its own module, importing from '@wangge/core' or '@wangge/elements'. An example that
// does not compile is a broken promise in the API reference.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'node_modules', '.cache', 'wangge-examples');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** @param {string} dir @returns {string[]} */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
/** @type {Map<string, string>} */
const origins = new Map();
let count = 0;
for (const pkg of ['core', 'elements']) {
  for (const file of sources(join(root, 'packages', pkg, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const body = comment[0].replace(/^\s*\*(?: |$)/gm, '');
      for (const example of body.matchAll(/@example[\s\S]*?```ts\n([\s\S]*?)```/g)) {
        count += 1;
        const name = `example-${count}.ts`;
        const line = text.slice(0, comment.index).split('\n').length;
        origins.set(name, `${relative(root, file)}:${line}`);
        writeFileSync(join(out, name), `${example[1]}\nexport {};\n`);
      }
    }
  }
}

writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify({
    extends: '../../../tsconfig.base.json',
    compilerOptions: {
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
      noUnusedLocals: false,
      noUnusedParameters: false,
    },
    include: ['*.ts'],
  }),
);
const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', out], { encoding: 'utf8' });
if (result.status !== 0) {
  const report = `${result.stdout}${result.stderr}`.replace(/example-\d+\.ts/g, (name) => {
    return `${name} (from ${origins.get(name) ?? '?'})`;
  });
  console.error(report);
  console.error(`TSDoc examples: some of ${count} do not compile.`);
  process.exit(1);
}
console.log(`TSDoc examples: all ${count} compile.`);
