// A tiny static server on another port (so another origin) for host pages and dataset files
// used by the browser tests. Serves tests/e2e/host/ and public/data/ with CORS allowed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const port = Number(process.argv[2] ?? 4184);
const roots = { '/host/': 'tests/e2e/host', '/data/': 'public/data', '/fixtures/': 'tests/e2e/fixtures' };
const types = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript' };

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://localhost:${port}`);
  if (url.pathname === '/health') return res.end('ok');
  const prefix = Object.keys(roots).find((p) => url.pathname.startsWith(p));
  const rel = prefix && normalize(url.pathname.slice(prefix.length));
  if (!prefix || !rel || rel.startsWith('..')) {
    res.statusCode = 404;
    return res.end('not found');
  }
  try {
    const body = await readFile(join(roots[prefix], rel));
    res.setHeader('content-type', types[extname(rel)] ?? 'application/octet-stream');
    if (url.searchParams.get('cors') !== 'no') res.setHeader('access-control-allow-origin', '*');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end('not found');
  }
}).listen(port, '127.0.0.1');
