// Fails when packages/elements/custom-elements.json is not what the analyzer makes from the
// current source, or when an element registered in the source is missing from it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const committedPath = join(pkg, 'custom-elements.json');
const out = mkdtempSync(join(tmpdir(), 'wangge-cem-'));

try {
  const cem = spawnSync(
    process.execPath,
    [
      join(pkg, '../../node_modules/@custom-elements-manifest/analyzer/cem.js'),
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      relative(pkg, out),
    ],
    { cwd: pkg, encoding: 'utf8' },
  );
  if (cem.status !== 0) {
    console.error(cem.stdout, cem.stderr);
    process.exit(1);
  }
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  const committed = readFileSync(committedPath, 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    // Where they part, to tell a stale file from an analyzer that answers differently.
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    const at = line === -1 ? Math.min(a.length, b.length) : line;
    console.error(`first difference at line ${String(at + 1)}:`);
    console.error(`  committed: ${a[at] ?? '(end)'}`);
    console.error(`  generated: ${b[at] ?? '(end)'}`);
    process.exit(1);
  }

  /** @type {{ modules: { declarations?: { tagName?: string }[] }[] }} */
  const manifest = JSON.parse(committed);
  const described = new Set(
    manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean),
  );
  /** @type {string[]} */
  const registered = [];
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(
          /customElements\.define\(\s*'([^']+)'/g,
        )) {
          if (match[1]) registered.push(match[1]);
        }
      }
    }
  };
  walk(join(pkg, 'src'));
  const missing = registered.filter((tag) => !described.has(tag));
  if (registered.length === 0 || missing.length > 0) {
    console.error(
      `Elements missing from custom-elements.json: ${missing.join(', ') || '(none registered?)'}`,
    );
    process.exit(1);
  }
  console.log(`custom-elements.json is up to date (${registered.join(', ')}).`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
