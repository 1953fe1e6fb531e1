/**
 * kuzu's database and its connections. The Node binding runs one statement at a time per connection, so
 * each connection is a lane with its own queue and prepared statements: one writer (schema changes and
 * write transactions, whose BEGIN and COMMIT must share it) and a pool of readers, so that independent
 * reads run side by side and never wait behind a write (they see the last commit).
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { Connection, Database, type KuzuValue, type PreparedStatement } from 'kuzu';
import { AppError } from '#model';
import { readCypher } from '../cypher-files.ts';
import { timedStatement } from '../timed-statement.ts';
import { commitClock, type CommitClock } from './per-commit.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/**
 * Read connections, one per core (at least two): each runs its statements on one thread, so that
 * concurrent requests spread over the cores instead of every statement competing for all of them.
 */
const READERS = Math.max(2, availableParallelism());
const THREADS_PER_READ = 1;

interface Lane {
  readonly conn: Connection;
  readonly prepared: Map<string, PreparedStatement>;
  queue: Promise<unknown>;
  /** Statements queued or running on this lane. */
  pending: number;
}

export interface KuzuConnections {
  /** A statement on the writer; only inside `exclusive` work (a write transaction, schema changes). */
  run(text: string, params?: Params): Promise<Row[]>;
  /** A read-only statement on the next reader. */
  readText(text: string, params?: Params): Promise<Row[]>;
  /** A read-only query kept as cypher/kuzu/<name>.cypher. */
  read(name: string, params?: Params): Promise<Row[]>;
  /** Schema and transaction control, as plain statements without parameters (on the writer). */
  control(statement: string): Promise<void>;
  /** Runs work on the writer after everything queued on it before. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Counts the writer's work as it ends: reads remembered until the next write go by it (per-commit.ts). */
  readonly commits: CommitClock;
  close(): Promise<void>;
}

export interface ConnectionOptions {
  readonly path: string;
  readonly bufferPoolBytes?: number;
  /** Read connections (default: one per core, at least two). */
  readonly readers?: number;
  /** Called as each statement finishes, with its text and how long it took (statement counts, profiles). */
  readonly onStatement?: (text: string, elapsedMs: number) => void;
}

/** Anything but our own coded errors is the embedded database failing. */
export function storeUnavailable(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', '内嵌图数据库出错 / the embedded database failed', undefined, {
    cause: error,
  });
}

async function openDatabase(options: ConnectionOptions): Promise<Database> {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  try {
    const db = new Database(options.path, options.bufferPoolBytes ?? 512 * 1024 * 1024, true, false, 2 ** 36);
    await db.init();
    return db;
  } catch (error) {
    throw new AppError(
      'UNAVAILABLE',
      `无法打开数据库 ${options.path}：它可能正被另一个进程（例如正在运行的服务器）使用 / cannot open the database at ${options.path}; another process (such as a running server) may hold it`,
      undefined,
      { cause: error },
    );
  }
}

export async function openKuzuConnections(options: ConnectionOptions): Promise<KuzuConnections> {
  const db = await openDatabase(options);
  const lane = (threads?: number): Lane => ({
    conn: new Connection(db, threads),
    prepared: new Map(),
    queue: Promise.resolve(),
    pending: 0,
  });
  const writer = lane();
  const commits = commitClock();
  const readers = Array.from({ length: options.readers ?? READERS }, () => lane(THREADS_PER_READ));

  function exclusive<T>(work: () => Promise<T>, on: Lane = writer): Promise<T> {
    const run = on.queue.then(work, work);
    on.queue = run.catch(() => undefined);
    return run;
  }

  const run = (text: string, params: Params = {}, on: Lane = writer): Promise<Row[]> =>
    timedStatement(options.onStatement, text, () => execute(text, params, on));

  async function execute(text: string, params: Params, on: Lane): Promise<Row[]> {
    let statement = on.prepared.get(text);
    if (!statement) {
      statement = await on.conn.prepare(text);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      on.prepared.set(text, statement);
    }
    const result = await on.conn.execute(statement, params as Record<string, KuzuValue>);
    const results = Array.isArray(result) ? result : [result];
    try {
      const last = results[results.length - 1];
      // getAllSync: the asynchronous getAll costs ~40 µs a row in this binding, the sync loop ~1 µs.
      return last ? (last.getAllSync() as Row[]) : [];
    } finally {
      // Results pin buffer-pool pages until closed; waiting for GC fills the pool.
      for (const each of results) each.close();
    }
  }

  /** A read goes to the reader with the fewest statements waiting: never behind a write. */
  function readText(text: string, params: Params = {}): Promise<Row[]> {
    const on = readers.reduce(
      (best, each) => (each.pending < best.pending ? each : best),
      readers[0] ?? writer,
    );
    on.pending++;
    return exclusive(() => run(text, params, on), on)
      .catch((error: unknown) => {
        throw storeUnavailable(error);
      })
      .finally(() => {
        on.pending--;
      });
  }

  const control = (statement: string): Promise<void> =>
    timedStatement(options.onStatement, statement, async () => {
      const result = await writer.conn.query(statement);
      for (const each of Array.isArray(result) ? result : [result]) each.close();
    });

  return {
    run: (text, params) => run(text, params),
    readText,
    read: (name, params) => readText(readCypher('kuzu', name), params),
    control,
    exclusive: (work) => commits.counting(exclusive(work)),
    commits,
    async close() {
      await Promise.all(readers.map((each) => exclusive(() => each.conn.close(), each)));
      await exclusive(async () => {
        await writer.conn.close();
        await db.close();
      });
    },
  };
}
