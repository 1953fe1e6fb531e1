/**
 * Editor keys: changes through the API need one of the keys configured in EDITOR_KEYS, sent in the
 * `x-editor-key` header. Keys are compared in constant time; with no keys configured, nobody may change.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '#model';
import type { RequestContext } from './request-context.ts';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function editorCheck(
  keys: readonly string[],
  header: string | string[] | undefined,
): { ok: boolean; configured: boolean } {
  const given = Array.isArray(header) ? header[0] : header;
  if (keys.length === 0 || !given) return { ok: false, configured: keys.length > 0 };
  const offered = digest(given);
  let ok = false;
  for (const key of keys) ok = timingSafeEqual(digest(key), offered) || ok;
  return { ok, configured: true };
}

/** Throws FORBIDDEN unless the request carried a valid editor key. */
export function requireEditor(ctx: RequestContext): void {
  if (ctx.editor?.ok) return;
  throw new AppError(
    'FORBIDDEN',
    ctx.editor?.configured
      ? '需要有效的编辑密钥（请求头 x-editor-key）才能修改图谱 / changing the graph needs a valid editor key (header x-editor-key)'
      : '服务器没有配置编辑密钥（EDITOR_KEYS），不能通过网页修改图谱 / the server has no editor keys (EDITOR_KEYS), so the graph cannot be changed through the API',
  );
}
