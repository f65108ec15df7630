import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Where the Temporal server keeps its state: the business database's PostgreSQL server, in databases of its own. */
export interface TemporalDatabases {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Workflow histories, task queues, shards. */
  main: string;
  /** Which workflows exist, for lists and the search attributes. */
  visibility: string;
}

/** The same server and account as the business database (DATABASE_URL or the embedded one), databases `temporal` and `temporal_visibility`. */
export function temporalDatabasesOf(postgresUrl: string): TemporalDatabases {
  const url = new URL(postgresUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    main: 'temporal',
    visibility: 'temporal_visibility',
  };
}

async function withDatabase<T>(databases: TemporalDatabases, database: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const { host, port, user, password } = databases;
  const client = new pg.Client({ host, port, user, password, database });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const databaseExists = (databases: TemporalDatabases, name: string) =>
  withDatabase(databases, 'postgres', async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);

/** The SQL tool's own bookkeeping table: present once setup-schema has run on that database. */
const schemaSetUp = (databases: TemporalDatabases, name: string) =>
  withDatabase(databases, name, async (client) => (await client.query("select to_regclass('public.schema_version') as found")).rows[0].found !== null);

/**
 * Brings both databases to the schema of this server release with Temporal's own SQL tool: created and set
 * up when missing, then `update-schema` (a no-op when already current), from the module's versioned folders.
 */
export async function setUpTemporalSchema(sqlTool: string, moduleDir: string, databases: TemporalDatabases, log: (line: string) => void): Promise<void> {
  const { host, port, user, password } = databases;
  const parts = [
    { database: databases.main, folder: 'temporal' },
    { database: databases.visibility, folder: 'visibility' },
  ];
  for (const { database, folder } of parts) {
    // The password goes through the environment (SQL_PASSWORD), not the command line others can read in /proc.
    const tool = (...args: string[]) => run(sqlTool, ['--plugin', 'postgres12', '--ep', host, '--port', String(port), '--user', user, '--db', database, ...args], {
      env: { ...process.env, SQL_PASSWORD: password },
    });
    if (!(await databaseExists(databases, database))) {
      log(`Creating the Temporal database ${database}`);
      await tool('create-database');
    }
    if (!(await schemaSetUp(databases, database))) {
      log(`Setting up the Temporal schema in ${database}`);
      await tool('setup-schema', '-v', '0.0');
    }
    await tool('update-schema', '-d', path.join(moduleDir, 'schema', 'postgresql', 'v12', folder, 'versioned'));
  }
}
