// A private PostgreSQL cluster for the tests: `initdb` into a fresh temporary directory, a
// server on 127.0.0.1 and a free port, its socket inside that directory, stopped and removed
// afterwards. The system's own server, if any, is never touched.
import { execFile } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { appendFile, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const BINARIES = ['initdb', 'pg_ctl', 'postgres'] as const;

/** A running private server. */
export interface PostgresServer {
  /** `postgres://wangge@127.0.0.1:<port>/wangge`: trust authentication, no password. */
  readonly url: string;
  /** The server's data directory. */
  readonly dataDir: string;
  /** Kills the postmaster and every backend with SIGKILL, as a crash would. */
  crash(): Promise<void>;
  /** Starts the server again on the same directory and port (after `crash`), with recovery. */
  restart(): Promise<void>;
  /** Stops the server (`pg_ctl stop -m fast`) and removes its directory. */
  stop(): Promise<void>;
}

export interface PostgresServerOptions {
  /** fsync on and a synced `initdb`: for tests that crash the server itself. */
  readonly durable?: boolean;
}

/** The directory holding `initdb`, `pg_ctl` and `postgres`, or `undefined`. */
export function findPostgresBinaries(): string | undefined {
  const fromPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const versioned = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((name) => join('/usr/lib/postgresql', name, 'bin'))
    : [];
  for (const dir of [...fromPath, ...versioned]) {
    const all = BINARIES.every((name) => {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
    // initdb finds `postgres` beside its real path: follow the symlinks of /usr/local/bin.
    if (all) return realpathSync(join(dir, 'initdb')).replace(/\/initdb$/, '');
  }
  return undefined;
}

interface RunAs {
  /** The command prefix that runs a program as the cluster's owner. */
  readonly prefix: readonly string[];
  readonly uid: number;
  readonly gid: number;
}

// initdb and postgres refuse to run as root: as root, the cluster belongs to `nobody`.
async function clusterOwner(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number((await run('id', ['-u', 'nobody'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'nobody'])).stdout.trim());
  const candidates = [
    ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups'],
    ['runuser', '-u', 'nobody', '--'],
  ];
  for (const prefix of candidates) {
    try {
      await run(prefix[0]!, [...prefix.slice(1), 'true']);
      return { prefix, uid, gid };
    } catch {
      // try the next way of dropping privileges
    }
  }
  throw new Error(
    'postgres-server: running as root, and neither setpriv nor runuser can run a command as ' +
      '`nobody`; initdb refuses to run as root.',
  );
}

// A throwaway cluster lives in memory (/dev/shm) where there is one: initdb and the tests
// then wait for no disk. A durable one, on disk.
function clusterParent(options: PostgresServerOptions): string {
  if (options.durable) return tmpdir();
  try {
    accessSync('/dev/shm', constants.W_OK | constants.X_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // `pid (comm) state ppid …`: comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return children;
}

function alive(pid: number): boolean {
  try {
    // A zombie has let go of everything; only its parent's wait is missing.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${String(pid)}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Starts a private PostgreSQL server, or returns `undefined` (saying why on the console) when no
 * PostgreSQL binaries are installed. Any other failure throws.
 */
export async function startPostgresServer(
  options: PostgresServerOptions = {},
): Promise<PostgresServer | undefined> {
  const bin = findPostgresBinaries();
  if (bin === undefined) {
    console.info(
      `[postgres-server] no PostgreSQL binaries (${BINARIES.join(', ')}) on PATH or in ` +
        '/usr/lib/postgresql/*/bin: the tests against a PostgreSQL server are skipped. ' +
        'Install them with `apt-get install postgresql`.',
    );
    return undefined;
  }
  const owner = await clusterOwner();
  const root = await mkdtemp(join(clusterParent(options), 'wangge-pg-'));
  if (owner) await chown(root, owner.uid, owner.gid);
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  const as = (program: string, args: readonly string[]) =>
    owner
      ? run(owner.prefix[0]!, [...owner.prefix.slice(1), join(bin, program), ...args])
      : run(join(bin, program), [...args]);
  const fail = async (what: string, error: unknown): Promise<never> => {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
    const detail = error instanceof Error ? error.message : String(error);
    await rm(root, { recursive: true, force: true });
    throw new Error(`postgres-server: ${what} failed: ${detail}\n${log}`, { cause: error });
  };

  try {
    // An ICU default collation, as on most production servers (en_US, not C): a store that
    // sorts ids without `COLLATE "C"` orders them unlike the engine.
    const initdb = (locale: readonly string[]) =>
      as('initdb', [
        ...['-D', dataDir, '-U', 'wangge', '-A', 'trust', '-E', 'UTF8'],
        ...locale,
        ...(options.durable ? [] : ['--no-sync']),
      ]);
    try {
      await initdb(['--locale=C.UTF-8', '--locale-provider=icu', '--icu-locale=en-US']);
    } catch {
      // PostgreSQL before 15, or built without ICU.
      console.info('[postgres-server] no ICU collation: the cluster collates as C.');
      await rm(dataDir, { recursive: true, force: true });
      await initdb(['--locale=C']);
    }
    // The socket stays inside the temporary directory; TCP only on loopback.
    const conf = [
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${root}'`,
      `fsync = ${options.durable ? 'on' : 'off'}`,
      'max_connections = 100',
      "log_min_messages = 'warning'",
    ];
    await appendFile(join(dataDir, 'postgresql.conf'), `\n${conf.join('\n')}\n`);
  } catch (error) {
    return fail('initdb', error);
  }

  let port = 0;
  const start = () =>
    as('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '30', '-o', `-p ${port}`, 'start']);
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      await start();
      break;
    } catch (error) {
      // Another process may have taken the port between the probe and the start.
      if (attempt === 3) return fail('pg_ctl start', error);
    }
  }
  const postmaster = () =>
    Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const url = `postgres://wangge@127.0.0.1:${port}/wangge`;
  const admin = new pg.Client({ connectionString: url.replace(/\/wangge$/, '/postgres') });
  try {
    await admin.connect();
    await admin.query('CREATE DATABASE wangge');
  } catch (error) {
    await as('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']).catch(() => undefined);
    return await fail('CREATE DATABASE', error);
  } finally {
    await admin.end().catch(() => undefined);
  }

  let stopped = false;
  // A run that ends without its teardown (an error in the runner) leaves no server behind.
  const onExit = () => {
    try {
      process.kill(postmaster(), 'SIGQUIT');
    } catch {
      // not running
    }
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  return {
    url,
    dataDir,
    async crash() {
      const pid = postmaster();
      const backends = childrenOf(pid);
      for (const target of [pid, ...backends]) {
        try {
          process.kill(target, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      // The shared memory stays attached until the last backend is gone.
      const deadline = Date.now() + 10_000;
      while ([pid, ...backends].some(alive)) {
        if (Date.now() > deadline) throw new Error('postgres-server: backends outlived a crash');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // A dead postmaster that nobody has reaped yet (a container's init may take its time)
      // still owns its pid, and its lock files would keep the next one from starting: remove
      // them, as an operator would after a crash.
      for (const lock of [
        join(dataDir, 'postmaster.pid'),
        join(root, `.s.PGSQL.${String(port)}.lock`),
        join(root, `.s.PGSQL.${String(port)}`),
      ]) {
        await rm(lock, { force: true });
      }
    },
    async restart() {
      try {
        await start();
      } catch (error) {
        const log = readFileSync(logFile, 'utf8').slice(-2000);
        throw new Error(`postgres-server: restart failed: ${String(error)}\n${log}`, {
          cause: error,
        });
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', onExit);
      try {
        // After a crash that was not followed by a restart there is nothing to stop.
        if (existsSync(join(dataDir, 'postmaster.pid'))) {
          await as('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
        }
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  };
}
