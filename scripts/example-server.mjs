// A static server for examples/: the pages as they would be deployed on a district intranet,
// under a strict Content-Security-Policy with Trusted Types.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export { CONTENT_SECURITY_POLICY };

/** @param {import('node:http').ServerResponse} res */
const headers = (res) => {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
};

/**
 * Starts the example server on 127.0.0.1.
 * @param {{ port?: number, host?: string }} [options] port 0 picks a free port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startExampleServer({ port = 0, host = '127.0.0.1' } = {}) {
  const vendor = sirv(`${root}packages/elements/dist`, { dev: true, setHeaders: headers });
  const site = sirv(`${root}examples`, { dev: true, setHeaders: headers });
  const server = createServer((req, res) => {
    const notFound = () => {
      headers(res);
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    };
    if (req.url?.startsWith('/vendor/')) {
      req.url = req.url.slice('/vendor'.length);
      vendor(req, res, notFound);
    } else {
      site(req, res, notFound);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
