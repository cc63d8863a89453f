/**
 * Serves the built site for the browser tests as a static host would, including
 * the 404 page, on its own port, so it never collides with `npm start`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? 4322);
const files = sirv('dist', { etag: true });
const notFound = readFileSync('dist/404.html');

createServer((req, res) =>
  files(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  }),
).listen(port, '127.0.0.1', () => console.log(`Serving dist/ on http://127.0.0.1:${port}/`));
