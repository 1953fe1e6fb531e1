/**
 * Reads a request body up to a limit. A declared Content-Length over the limit is refused before a byte
 * is read; an undeclared (chunked) body is cut off the moment it passes the limit.
 */
import type { IncomingMessage } from 'node:http';

export type BodyResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'too-large' };

export async function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: 'too-large' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return { ok: false, reason: 'too-large' };
    chunks.push(chunk as Buffer);
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}
