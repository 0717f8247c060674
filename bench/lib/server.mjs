// A static file server for the repository root on 127.0.0.1: the benchmark needs no internet.
// Bodies are sent uncompressed; the driver gzips each file itself so both sides are compared alike.
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Maps a URL path to a file under `root`, or undefined if it would leave it. */
export function fileForPath(root, urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  const file = join(root, relative);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/** `/bench/tiles/{z}/{x}/{y}.png`: every raster tile is the same small image, served from this folder. */
const TILE = /^\/bench\/tiles\/\d+\/-?\d+\/-?\d+\.png$/;

export async function startServer(root) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const file = fileForPath(root, TILE.test(path) ? '/bench/pages/tile.png' : path);
    const info = file && (await stat(file).catch(() => undefined));
    if (!info?.isFile()) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve))};
}
