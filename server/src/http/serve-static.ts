/**
 * Serves the built client: files under one directory, index.html for any other path (client-side
 * routes and shared links), nothing outside the directory.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const wanted = normalize(join(root, decodeURIComponent(url.pathname)));
  const inside = wanted.startsWith(root + sep) || wanted === root;
  const path = inside && (await isFile(wanted)) ? wanted : join(root, 'index.html');
  if (!(await isFile(path))) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('客户端尚未构建，请运行 npm run build / the client is not built yet: run npm run build\n');
    return;
  }
  const immutable = path.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(path).pipe(res);
}
