/**
 * Signed, stateless editor sessions: an editor signs in once per browser session with their key and gets
 * an HttpOnly, SameSite=Strict cookie holding their name and an expiry, signed with HMAC-SHA256, so any
 * app instance with the same configuration accepts it and none keeps state. The key itself never leaves
 * the sign-in request; nothing is kept in localStorage.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'kg_session';

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const sign = (payload: string, secret: Buffer) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

export function issueSession(name: string, secret: Buffer, expiresAt: number): string {
  const payload = encode(JSON.stringify({ n: name, e: expiresAt }));
  return `${payload}.${sign(payload, secret)}`;
}

/** The editor a token names, if its signature holds and it has not expired. */
export function readSession(
  token: string,
  secret: Buffer,
  now: number,
): { name: string; expiresAt: number } | null {
  const dot = token.indexOf('.');
  if (dot <= 0 || token.length > 2_000) return null;
  const payload = token.slice(0, dot);
  // The signature's text is compared, not its decoded bytes: base64url's last character carries bits
  // the decoder drops, so several spellings decode alike and an altered token could still pass.
  const given = Buffer.from(token.slice(dot + 1), 'utf8');
  const expected = Buffer.from(sign(payload, secret), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      n?: unknown;
      e?: unknown;
    };
    if (typeof value.n !== 'string' || typeof value.e !== 'number' || value.e <= now) return null;
    return { name: value.n, expiresAt: value.e };
  } catch {
    return null;
  }
}

/** A cookie's value from a Cookie header, or null. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}
