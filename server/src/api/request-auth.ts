/**
 * Who a request comes from: an editor named by the `x-editor-key` header (scripts, the API) or by a
 * session cookie (the browser, after signing in), or nobody. Reads are open to everybody; changes need an
 * editor. The sign-in and sign-out mutations use the same service to issue and clear the cookie.
 */
import type { IncomingMessage } from 'node:http';
import { AppError } from '#model';
import {
  clearedSessionCookie,
  cookieValue,
  issueSession,
  readSession,
  SESSION_COOKIE,
  sessionCookie,
} from './editor-session.ts';
import type { Editors } from './editors.ts';

export interface RequestAuth {
  /** The editor's name, or null for a visitor. */
  readonly editor: string | null;
  /** Whether any editor keys are configured at all. */
  readonly configured: boolean;
  /** How the editor was recognised. */
  readonly via: 'key' | 'session' | null;
  /** Session expiry (ms since the epoch) for a session, else null. */
  readonly expiresAt: number | null;
}

export interface AuthService {
  /** Recognises the editor of a request. */
  authOf(req: IncomingMessage): RequestAuth;
  /** Exchanges a key for a session: the editor's name and the cookie to set, or null for a wrong key. */
  signIn(key: string): { name: string; cookie: string; expiresAt: number } | null;
  /** The cookie that ends a session. */
  signOutCookie(): string;
}

export interface AuthOptions {
  readonly editors: Editors;
  /** How long a session lasts. */
  readonly sessionHours: number;
  /** Mark the cookie Secure (serve over HTTPS, or behind a proxy that does). */
  readonly secureCookies: boolean;
  readonly now?: () => number;
}

export function createAuthService(options: AuthOptions): AuthService {
  const now = options.now ?? Date.now;
  const { editors } = options;
  return {
    authOf(req) {
      const header = req.headers['x-editor-key'];
      const key = Array.isArray(header) ? header[0] : header;
      const byKey = editors.byKey(key);
      if (byKey) return { editor: byKey, configured: true, via: 'key', expiresAt: null };
      const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
      const session = token ? readSession(token, editors.secret, now()) : null;
      if (session && editors.has(session.name))
        return { editor: session.name, configured: true, via: 'session', expiresAt: session.expiresAt };
      return { editor: null, configured: editors.configured, via: null, expiresAt: null };
    },
    signIn(key) {
      const name = editors.byKey(key);
      if (!name) return null;
      const expiresAt = now() + options.sessionHours * 3_600_000;
      const token = issueSession(name, editors.secret, expiresAt);
      return {
        name,
        expiresAt,
        cookie: sessionCookie(token, Math.round(options.sessionHours * 3600), options.secureCookies),
      };
    },
    signOutCookie: () => clearedSessionCookie(options.secureCookies),
  };
}

/** The editor's name; FORBIDDEN for a visitor, saying how to become an editor. */
export function requireEditorName(auth: RequestAuth): string {
  if (auth.editor) return auth.editor;
  throw new AppError(
    'FORBIDDEN',
    auth.configured
      ? '需要以编辑身份登录（或在请求头 x-editor-key 中提供编辑密钥）才能修改图谱 / changing the graph needs a signed-in editor (or an editor key in the x-editor-key header)'
      : '服务器没有配置编辑密钥（EDITOR_KEYS），不能通过网页修改图谱 / the server has no editor keys (EDITOR_KEYS), so the graph cannot be changed through the API',
  );
}
