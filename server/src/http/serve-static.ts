/**
 * Serves the built client: files under one directory, index.html for any other path (client-side
 * routes and shared links), nothing outside the directory. A path that cannot be decoded is a 400.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sendError } from './send-json.ts';

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

function decodedPath(pathname: string): string | null {
  try {
    const path = decodeURIComponent(pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

export async function serveStatic(
  root: string,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const pathname = decodedPath(url.pathname);
  if (pathname === null)
    return sendError(res, 400, 'BAD_INPUT', '请求路径不合法 / the request path is not validly encoded');
  const wanted = normalize(join(root, pathname));
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
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A client that goes away mid-file ends the pipeline with an error that is not ours to report.
  await pipeline(createReadStream(path), res).catch(() => res.destroy());
}
