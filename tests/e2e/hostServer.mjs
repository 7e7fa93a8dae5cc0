// A static server on another port (so another origin) for the browser tests:
// - /host/     host pages that embed Tiebar (tests/e2e/host)
// - /fixtures/ dataset files (tests/e2e/fixtures), with CORS unless ?cors=no
// - /vendor/   the real pym.js from npm
// - /app/      the built app (dist/) from a sub-path, with a strict CSP and CORS, as a CDN would serve it
// - /sheets/   the spreadsheet example (docs/sheets/example), as a published Google Sheet serves CSV
// - /bundle/   a publish bundle the tests unpacked (test-results/publish-bundle), served the same way
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const port = Number(process.argv[2] ?? 4184);
const roots = {
  '/host/': 'tests/e2e/host',
  '/data/': 'public/data',
  '/fixtures/': 'tests/e2e/fixtures',
  '/vendor/': 'node_modules/pym.js/dist',
  '/app/': 'dist',
  '/bundle/': 'test-results/publish-bundle',
  '/sheets/': 'docs/sheets/example',
};
const types = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' http://localhost:* http://127.0.0.1:*; frame-ancestors *";

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://localhost:${port}`);
  if (url.pathname === '/health') return res.end('ok');
  const prefix = Object.keys(roots).find((p) => url.pathname.startsWith(p));
  let rel = prefix && normalize(url.pathname.slice(prefix.length));
  const served = prefix === '/app/' || prefix === '/bundle/';
  if (served && (rel === '.' || rel === '')) rel = 'index.html';
  if (!prefix || !rel || rel.startsWith('..')) {
    res.statusCode = 404;
    return res.end('not found');
  }
  try {
    const body = await readFile(join(roots[prefix], rel));
    res.setHeader('content-type', types[extname(rel)] ?? 'application/octet-stream');
    if (url.searchParams.get('cors') !== 'no') res.setHeader('access-control-allow-origin', '*');
    if (served) res.setHeader('content-security-policy', CSP);
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end('not found');
  }
}).listen(port);
