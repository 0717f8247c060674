// Middleware of the test server (@web/test-runner): the endpoints the browser tests load data and tiles
// from, so that no test touches the internet and every error code can be produced for real.
import {readFile} from 'node:fs/promises';
import {deflateSync} from 'node:zlib';

/** A 1×1 grey PNG, the tile every /test-tiles/{z}/{x}/{y}.png request gets. */
const TILE = (() => {
  const crcTable = Array.from({length: 256}, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 200]));
  return Buffer.concat([header, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
})();

/** Keys of /test-api/fails-once/{key} that have already failed. */
const failedOnce = new Set();

/** Tile requests seen, per test session id, so tests can check which tile server was asked. */
const tileRequests = [];

export async function testServer(context, next) {
  const path = context.path;
  if (path.startsWith('/test-tiles/')) {
    tileRequests.push(path);
    context.type = 'image/png';
    context.body = TILE;
    return;
  }
  if (path.startsWith('/test-tiles-broken/')) {
    // A tile server that fails: the widget must fall back to the communes outline.
    context.status = 500;
    context.body = 'Tile server error';
    return;
  }
  if (path === '/test-api/tile-requests') {
    context.type = 'application/json';
    context.body = JSON.stringify(tileRequests);
    return;
  }
  const status = /^\/test-api\/status\/([45]\d\d)$/.exec(path);
  if (status) {
    context.status = Number(status[1]);
    context.body = `HTTP ${status[1]}`;
    return;
  }
  const flaky = /^\/test-api\/fails-once\/([\w-]+)$/.exec(path);
  if (flaky) {
    // The first request for a given key fails with a 503, the next ones get a small dataset: Retry works.
    if (!failedOnce.has(flaky[1])) {
      failedOnce.add(flaky[1]);
      context.status = 503;
      context.body = 'Service unavailable';
      return;
    }
    context.type = 'application/json';
    context.body = await readFile(new URL('./fixtures/small.geojson', import.meta.url), 'utf8');
    return;
  }
  if (path === '/test-api/invalid-json') {
    context.type = 'application/json';
    context.body = '{"type": "FeatureCollection", "features": [';
    return;
  }
  if (path === '/test-api/not-geojson') {
    context.type = 'application/json';
    context.body = JSON.stringify({hello: 'world'});
    return;
  }
  if (path === '/test-api/too-large') {
    // Announces 200 MB (set after the body, which would otherwise fix the length); the widget must
    // refuse from the headers alone, without downloading anything.
    context.type = 'application/json';
    context.body = '{}';
    context.set('Content-Length', String(200 * 1024 * 1024));
    return;
  }
  if (path === '/test-api/slow') {
    // Answers after 3 s: long enough for a test's short load-timeout, short enough to never hang.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    context.type = 'application/json';
    context.body = JSON.stringify({type: 'FeatureCollection', features: []});
    return;
  }
  if (path === '/test-api/delayed-small') {
    // A valid two-site collection after 300 ms: a load-timeout that wrapped to 0 would fail it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const site = (id, lon) => ({
      type: 'Feature',
      id,
      geometry: {type: 'Point', coordinates: [lon, 50.65]},
      properties: {name: id, sectors: ['coworking']},
    });
    context.type = 'application/json';
    context.body = JSON.stringify({type: 'FeatureCollection', features: [site('a', 3.1), site('b', 3.2)]});
    return;
  }
  return next();
}
