/**
 * A static file server on loopback for the bench: each build under its own
 * sub-path (which also proves the game works from any folder of a server).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
};

export interface StaticServer {
  /** Base URL of each mounted folder, e.g. `{ game: 'http://127.0.0.1:1234/game/' }`. */
  readonly urls: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/** Serve each folder of `mounts` at `/<name>/` on 127.0.0.1 and a free port. */
export async function serveStatic(mounts: Readonly<Record<string, string>>): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const [, mount, ...rest] = path.split('/');
    const folder = mount ? mounts[mount] : undefined;
    const relative = normalize(rest.join('/') || 'index.html');
    if (!folder || relative.startsWith('..')) return void response.writeHead(404).end();
    let file = join(folder, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The bench server has no port.');
  const urls = Object.fromEntries(Object.keys(mounts).map((name) => [name, `http://127.0.0.1:${address.port}/${name}/`]));
  return { urls, close: () => new Promise<void>((closed) => server.close(() => closed())) };
}
