/**
 * `npm start` as a process, on every backend under test: SIGTERM while 32 keep-alive clients hammer it
 * gives no 5xx (requests are answered or their connection is closed), the process exits 0 within its
 * configured time, and the data is all there when it starts again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../test-support/start-seeded-app.ts';
import { testBackends } from '../test-support/test-backends.ts';

const SHUTDOWN_TIMEOUT_MS = 5_000;

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  readonly output: () => string;
}

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /打开 Open (http:\/\/\S+)/u.exec(output)?.[1];
      if (url) resolve({ child, url, exited, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => reject(new Error(`the server exited before serving:\n${output}`)));
  });
}

const QUERIES = [
  '{ __typename }',
  '{ search(text: "合益") { entity { id name } } }',
  '{ neighborhood(id: "enterprise:合益化工", depth: 2) { nodes { id } edges { id } } }',
  '{ stats { nodeCount edgeCount } }',
];

/** One POST on a keep-alive agent: the status, or the connection error's code. */
function ask(url: string, agent: Agent, query: string): Promise<number | string> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query });
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    req.end(body);
  });
}

async function counts(url: string): Promise<{ nodeCount: number; edgeCount: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { nodeCount edgeCount } }' }),
  });
  const body = (await response.json()) as { data: { stats: { nodeCount: number; edgeCount: number } } };
  return body.data.stats;
}

describe.each(testBackends())('npm start on $name', (backend) => {
  it(
    'drains 32 keep-alive clients on SIGTERM with no 5xx, exits 0 in time, and keeps every record',
    { timeout: 120_000 },
    async () => {
      const env = await backend.processEnv();
      const server = await start(env);
      const before = await counts(server.url);
      expect(before.nodeCount).toBeGreaterThan(40);

      const agent = new Agent({ keepAlive: true, maxSockets: 32 });
      const afterSignal: Array<number | string> = [];
      const beforeSignal: Array<number | string> = [];
      let signalled = false;
      let stopped = false;
      const clients = Array.from({ length: 32 }, async (_, i) => {
        for (let n = 0; !stopped; n++) {
          const outcome = await ask(server.url, agent, QUERIES[(i + n) % QUERIES.length]!);
          (signalled ? afterSignal : beforeSignal).push(outcome);
          // A refused connection means the listener is closed: this client is done.
          if (typeof outcome === 'string' && signalled) return;
        }
      });
      // Signal once the load is under way: every client has had answers.
      await expect.poll(() => beforeSignal.length, { timeout: 20_000, interval: 20 }).toBeGreaterThan(200);
      const signalAt = performance.now();
      signalled = true;
      server.child.kill('SIGTERM');
      const exit = await server.exited;
      stopped = true;
      await Promise.all(clients);
      agent.destroy();

      expect(beforeSignal.every((outcome) => outcome === 200)).toBe(true);
      const serverErrors = afterSignal.filter((outcome) => typeof outcome === 'number' && outcome >= 500);
      expect(serverErrors).toEqual([]);
      expect(afterSignal.some((outcome) => outcome === 200)).toBe(true);
      expect(exit.code, server.output()).toBe(0);
      expect(exit.at - signalAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 1_000);
      expect(server.output()).toContain('SIGTERM: draining requests');

      const again = await start(env);
      try {
        expect(await counts(again.url)).toEqual(before);
        expect(again.output()).not.toContain('seeded the empty store');
      } finally {
        again.child.kill('SIGTERM');
        expect((await again.exited).code).toBe(0);
      }
    },
  );
});
