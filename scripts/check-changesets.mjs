// Fails when a package's shipped files changed since its last release (the last commit that
// touched its CHANGELOG.md, or the beginning of history) and no pending changeset names it.
// Tests, benchmarks and the README do not ship behaviour and need no changeset.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import readChangesets from '@changesets/read';

const root = fileURLToPath(new URL('..', import.meta.url));
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const packages = ['packages/core', 'packages/elements', 'packages/store-postgres'];
const NO_RELEASE_NEEDED = [
  /\/test\//,
  /\/bench\//,
  /\.test\.ts$/,
  /\/CHANGELOG\.md$/,
  /\/README\.md$/,
];

/** @param {string[]} args */
const git = (args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

try {
  git(['rev-parse', '--git-dir']);
} catch {
  console.log('changesets: not a git checkout, nothing to compare.');
  process.exit(0);
}

const pending = await readChangesets(root);
const named = new Set(pending.flatMap((changeset) => changeset.releases.map((r) => r.name)));
const missing = [];

for (const dir of packages) {
  /** @type {{ name: string }} */
  const manifest = JSON.parse(readFileSync(`${root}${dir}/package.json`, 'utf8'));
  const release = git(['log', '-1', '--format=%H', '--', `${dir}/CHANGELOG.md`]) || EMPTY_TREE;
  const changed = [
    ...git(['diff', '--name-only', release, '--', dir]).split('\n'),
    ...git(['ls-files', '--others', '--exclude-standard', '--', dir]).split('\n'),
  ].filter((file) => file && !NO_RELEASE_NEEDED.some((pattern) => pattern.test(file)));
  if (changed.length > 0 && !named.has(manifest.name)) {
    missing.push(
      `${manifest.name} (changed: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''})`,
    );
  }
}

if (missing.length > 0) {
  console.error(
    `These packages changed but no pending changeset names them:\n  ${missing.join('\n  ')}\n` +
      'Add one with `npx changeset` (see .changeset/README.md).',
  );
  process.exit(1);
}
console.log(`changesets: ${pending.length} pending; every changed package is covered.`);
