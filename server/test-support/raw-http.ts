/**
 * For tests: send bytes a normal HTTP client never would (broken request targets, garbage, oversized
 * headers) and read back the status line and body the server answered with.
 */
import { connect } from 'node:net';

export interface RawAnswer {
  readonly status: number;
  readonly head: string;
  readonly body: string;
}

export function rawRequest(url: string, text: string, timeoutMs = 5_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const split = data.indexOf('\r\n\r\n');
      const head = split >= 0 ? data.slice(0, split) : data;
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/u.exec(head)?.[1] ?? 0),
        head,
        body: data.slice(split + 4),
      });
    });
    socket.end(text);
  });
}
