/**
 * What each GraphQL request carries: the store, who is asking (request-auth.ts), the limits on uploads,
 * cookies to set on the answer (signing in and out), and per-request loaders that batch lookups (an
 * entity's degree) so that a list of N entities costs one query, not N.
 */
import DataLoader from 'dataloader';
import type { ReadLimits } from '../ingest/read-limits.ts';
import type { GraphStore } from '../store/index.ts';
import type { AuthService, RequestAuth } from './request-auth.ts';

export interface RequestContext {
  readonly store: GraphStore;
  readonly degrees: DataLoader<string, number>;
  /** Who is asking: an editor or a visitor. Mutations need an editor. */
  readonly auth: RequestAuth;
  /** Signs editors in and out (null where no HTTP answer can carry a cookie). */
  readonly authService: AuthService | null;
  /** Set-Cookie values for the HTTP answer, filled by the sign-in and sign-out mutations. */
  readonly cookies: string[];
  /** How much of an uploaded spreadsheet is read before it is refused. */
  readonly uploadLimits?: ReadLimits;
}

export const VISITOR: RequestAuth = { editor: null, configured: false, via: null, expiresAt: null };

export function createRequestContext(
  store: GraphStore,
  options: { auth?: RequestAuth; authService?: AuthService; uploadLimits?: ReadLimits } = {},
): RequestContext {
  return {
    store,
    auth: options.auth ?? VISITOR,
    authService: options.authService ?? null,
    cookies: [],
    ...(options.uploadLimits ? { uploadLimits: options.uploadLimits } : {}),
    degrees: new DataLoader(async (ids) => {
      const degrees = await store.degrees(ids);
      return ids.map((id) => degrees.get(id) ?? 0);
    }),
  };
}
