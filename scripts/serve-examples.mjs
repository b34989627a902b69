// `npm start`: serves the built examples on a local port (PORT, default 4173, or the next free
// one) and prints the address.
import { existsSync } from 'node:fs';
import { startExampleServer } from './example-server.mjs';

if (!existsSync(new URL('../packages/elements/dist/wangge-elements.bundle.js', import.meta.url))) {
  console.error('The element bundle is missing: run `npm run build` first (npm start does).');
  process.exit(1);
}

const first = Number(process.env.PORT ?? 4173);
for (let port = first; port < first + 20; port += 1) {
  try {
    const { url } = await startExampleServer({ port, host: process.env.HOST ?? '127.0.0.1' });
    console.log(`\n  wangge example portal 示例门户: ${url}\n  (Ctrl+C to stop)\n`);
    break;
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
  }
}
