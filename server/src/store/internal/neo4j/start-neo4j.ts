/**
 * Starts a real Neo4j 5.26 Community server on 127.0.0.1 for tests and development, with no Docker:
 * the Java launcher in neo4j/launcher embeds Neo4j from Maven Central and serves Bolt. This module
 * builds the launcher with Maven when its sources changed (the first build downloads ~170 MB into
 * ~/.m2), spawns it, waits for its `NEO4J_READY bolt://…` line and hands back the URI and a stop().
 * Auth is disabled (any or no credentials are accepted). Needs a JDK 17+ and Maven on the PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export interface StartNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
  /** DBMS home (data/ and logs/ inside), kept after stop; absent = a temporary one, deleted on stop. */
  dataDir?: string;
  /** JVM options after the launcher's own (e.g. `-Xmx4g` for a benchmark's large transactions). */
  jvmArgs?: readonly string[];
}

export interface RunningNeo4j {
  /** `bolt://127.0.0.1:<port>` */
  uri: string;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the JVM has exited. Idempotent. */
  stop(): Promise<void>;
}

const LAUNCHER_DIR = fileURLToPath(new URL('../../../../../neo4j/launcher/', import.meta.url));
const POM = join(LAUNCHER_DIR, 'pom.xml');
const JVM_ARGS = join(LAUNCHER_DIR, 'jvm.args');
const JAR = join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jar');
const LIB = join(LAUNCHER_DIR, 'target', 'lib');
/** Class-data-sharing archive; written last by the build, so it also marks a complete build. */
const CDS_ARCHIVE = join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jsa');

const BUILD_TIMEOUT_MS = 600_000;
const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 20_000;
const TAIL_LINES = 40;

let building: Promise<void> | undefined;

export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<RunningNeo4j> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`startNeo4j: port must be an integer in 0..65535, got ${port}`);
  }
  if (launcherIsStale()) {
    building ??= buildLauncher().finally(() => {
      building = undefined;
    });
    await building;
  }

  const args = [
    ...(existsSync(CDS_ARCHIVE) ? [`-XX:SharedArchiveFile=${CDS_ARCHIVE}`] : []),
    `@${JVM_ARGS}`,
    ...(options.jvmArgs ?? []),
    '-jar',
    JAR,
    '--port',
    String(port),
    // Without --data-dir the launcher uses a temporary directory and deletes it when it exits, which
    // it also does when this process dies (its stdin closes).
    ...(options.dataDir === undefined ? [] : ['--data-dir', options.dataDir]),
  ];
  const env = { ...process.env };
  // Auth disabled and a temporary home, whatever the caller's environment says.
  delete env.NEO4J_PASSWORD;
  delete env.NEO4J_DATA_DIR;
  const child = spawn(javaCommand(), args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = collectTail([child.stderr]);
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  let uri: string;
  try {
    uri = await waitForReady(child, child.stdout, stderr);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    uri,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

function waitForReady(child: ChildProcess, stdout: Readable, stderr: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (what: string) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j launcher ${what}.${formatTail('launcher stderr', stderr)}`));
    };
    const timer = setTimeout(
      () => fail(`did not print NEO4J_READY within ${READY_TIMEOUT_MS / 1000} s`),
      READY_TIMEOUT_MS,
    );
    child.once('error', (error) => fail(`could not be started (${javaCommand()}: ${error.message})`));
    child.once('close', (code, signal) =>
      fail(`exited before it was ready (${signal === null ? `exit code ${code}` : `signal ${signal}`})`),
    );
    createInterface({ input: stdout }).on('line', (line) => {
      const match = /^NEO4J_READY (bolt:\/\/\S+)$/.exec(line.trim());
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}

/** True when the launcher jar, its libraries or the CDS archive are missing or older than a source. */
function launcherIsStale(): boolean {
  if (!existsSync(JAR) || !existsSync(LIB) || !existsSync(CDS_ARCHIVE)) return true;
  const built = statSync(CDS_ARCHIVE).mtimeMs;
  return [POM, JVM_ARGS, ...listFiles(join(LAUNCHER_DIR, 'src'))].some(
    (file) => statSync(file).mtimeMs > built,
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function buildLauncher(): Promise<void> {
  const args = ['-q', '-B', '-f', POM, 'package'];
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = collectTail([child.stdout, child.stderr], 80);
    const fail = (what: string) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Building the Neo4j launcher failed: \`mvn ${args.join(' ')}\` ${what}.${formatTail('Maven output', output)}`,
        ),
      );
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`did not finish within ${BUILD_TIMEOUT_MS / 1000} s`);
    }, BUILD_TIMEOUT_MS);
    child.once('error', (error) => fail(`could not be started (${error.message}; is Maven on the PATH?)`));
    child.once('close', (code, signal) => {
      if (code === 0) {
        clearTimeout(timer);
        resolve();
      } else {
        fail(signal === null ? `exited with code ${code}` : `was killed by ${signal}`);
      }
    });
  });
}

function javaCommand(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

/** Colour codes, which Debian's Maven prints even in batch mode. */
const ANSI_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Reads the streams to their end (so a full pipe never blocks the child), keeping their last lines. */
function collectTail(streams: readonly Readable[], max = TAIL_LINES): string[] {
  const lines: string[] = [];
  for (const input of streams) {
    createInterface({ input }).on('line', (raw) => {
      const line = raw.replace(ANSI_CODES, '');
      if (line.trim() === '') return;
      lines.push(line);
      if (lines.length > max) lines.shift();
    });
  }
  return lines;
}

function formatTail(label: string, lines: readonly string[]): string {
  return lines.length === 0 ? ` (no ${label})` : `\nLast ${label}:\n${lines.join('\n')}`;
}
