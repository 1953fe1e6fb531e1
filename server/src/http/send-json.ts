/**
 * Answers in JSON from the HTTP layer itself, before or instead of GraphQL: errors take the GraphQL
 * shape (`errors[].extensions.code`) on every path, so the client reads one format whatever refused it.
 */
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '#model';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}
