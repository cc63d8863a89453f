/**
 * A static server for the benchmark: both pages it compares are served by it, so they get
 * the same HTTP/1.1, headers and gzip rule (level 6, text-like files only), as a plain
 * static host would. Listens on 127.0.0.1 only.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
};
const COMPRESS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.ttf']);

async function fileFor(root: string, urlPath: string): Promise<string | null> {
  const abs = normalize(join(root, decodeURIComponent(urlPath.split('?')[0]!)));
  if (abs !== root && !abs.startsWith(root + sep)) return null;
  for (const candidate of [abs, join(abs, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

/** Serves `root` on `port`; a missing file gets `notFound` (relative to root) with status 404, if given. */
export function serveStatic(root: string, port: number, notFound?: string): Promise<Server> {
  const base = resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const found = await fileFor(base, req.url ?? '/');
    const file = found ?? (notFound ? join(base, notFound) : null);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file).toLowerCase();
    const info = await stat(file);
    let body: Buffer = await readFile(file);
    const headers: Record<string, string | number> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=600',
      etag: `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
      vary: 'accept-encoding',
    };
    if (COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}\0${info.mtimeMs}`;
      const gz = gzipped.get(key) ?? gzipSync(body, { level: 6 });
      gzipped.set(key, gz);
      body = gz;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(found ? 200 : 404, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
