import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.wasm': 'application/wasm', '.map': 'application/json', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

export const DIST_DIR = resolve(import.meta.dirname, '../../../dist');

/**
 * Serves the built app from `dist/` on 127.0.0.1 at a free port. With `cacheAssets`, the hashed
 * files under `assets/` may be cached for a year, as a static host would serve them (the
 * benchmark's warm start); otherwise nothing is cached.
 */
export async function serveDist(root = DIST_DIR, { cacheAssets = false } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}: run \`npx vite build\` first`);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const immutable = cacheAssets && path.startsWith('/assets/');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  // Open keep-alive connections are cut too, so a test can take the app offline at once.
  const close = () => new Promise<void>((ok) => { server.close(() => ok()); server.closeAllConnections(); });
  return { url: `http://127.0.0.1:${address.port}/`, close };
}
