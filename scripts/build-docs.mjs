// `npm run docs`: the API reference of both packages (typedoc) and the guides in docs/guides, as
// one static site in docs/site that works offline (open docs/site/index.html).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { status } = spawnSync(join(root, 'node_modules/.bin/typedoc'), ['--logLevel', 'Warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (status !== 0) process.exit(status ?? 1);
console.log(`docs: ${join(root, 'docs/site/index.html')}`);
