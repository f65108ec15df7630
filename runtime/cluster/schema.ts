import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { databaseNameOf, urlOfDatabase } from '../postgres';

const run = promisify(execFile);

/** TLS towards PostgreSQL, in the shape of the Temporal server's `sql.tls` (common/auth.TLS). */
export interface TemporalDatabaseTls {
  enabled: true;
  /** sslmode=verify-full; require and verify-ca check no host name (with sslrootcert, the chain still is). */
  enableHostVerification: boolean;
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

/** Where the Temporal server keeps its state: the business database's PostgreSQL server, in databases of its own. */
export interface TemporalDatabases {
  /** The business database's URL: its server, account and TLS settings (sslmode ...) are Temporal's too. */
  url: string;
  /** Without the brackets of an IPv6 address. */
  host: string;
  port: number;
  user: string;
  password: string;
  /** The business database (the URL's): the account can reach it, so existence checks ask the server there, and the SQL tool connects there to create. */
  business: string;
  /** From the URL's sslmode, sslrootcert, sslcert and sslkey; absent: plain TCP, as Temporal's driver has no "prefer". */
  tls?: TemporalDatabaseTls;
  /** Workflow histories, task queues, shards. */
  main: string;
  /** Which workflows exist, for lists and the search attributes. */
  visibility: string;
}

/** The URL's sslmode as Temporal's TLS settings: require, verify-ca and verify-full turn it on (pg's `ssl=true` too). */
function tlsOf(url: URL): TemporalDatabaseTls | undefined {
  const param = (name: string) => url.searchParams.get(name) || undefined;
  const mode = param('sslmode') ?? (param('ssl') === 'true' || param('ssl') === '1' ? 'require' : undefined);
  if (mode !== 'require' && mode !== 'verify-ca' && mode !== 'verify-full') return undefined;
  return {
    enabled: true,
    enableHostVerification: mode === 'verify-full',
    ...(param('sslrootcert') && { caFile: param('sslrootcert') }),
    ...(param('sslcert') && param('sslkey') && { certFile: param('sslcert'), keyFile: param('sslkey') }),
  };
}

/**
 * The same server, account and TLS settings as the business database (DATABASE_URL or the embedded one), databases
 * `temporal` and `temporal_visibility`.
 */
export function temporalDatabasesOf(postgresUrl: string): TemporalDatabases {
  const url = new URL(postgresUrl);
  const business = databaseNameOf(postgresUrl);
  if (!url.username || !url.hostname || !business) {
    throw new Error('For the Temporal server, DATABASE_URL must name an account, a host and a database: postgres://user:password@host:port/database');
  }
  return {
    url: postgresUrl,
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    business,
    tls: tlsOf(url),
    main: 'temporal',
    visibility: 'temporal_visibility',
  };
}

/** The host as the server and the SQL tool join it with its port (`host:port`): an IPv6 address in brackets. */
export const goHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

async function withDatabase<T>(databases: TemporalDatabases, database: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOfDatabase(databases.url, database) });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const databaseExists = (databases: TemporalDatabases, name: string) =>
  withDatabase(databases, databases.business, async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);

/** The SQL tool's own bookkeeping table: present once setup-schema has run on that database. */
const schemaSetUp = (databases: TemporalDatabases, name: string) =>
  withDatabase(databases, name, async (client) => (await client.query("select to_regclass('public.schema_version') as found")).rows[0].found !== null);

/**
 * Brings both databases to the schema of this server release with Temporal's own SQL tool: created and set
 * up when missing, then `update-schema` (a no-op when already current), from the module's versioned folders.
 */
export async function setUpTemporalSchema(sqlTool: string, moduleDir: string, databases: TemporalDatabases, log: (line: string) => void): Promise<void> {
  const { host, port, user, password, tls } = databases;
  const parts = [
    { database: databases.main, folder: 'temporal' },
    { database: databases.visibility, folder: 'visibility' },
  ];
  const tlsFlags = tls ? [
    '--tls',
    ...(tls.enableHostVerification ? [] : ['--tls-disable-host-verification']),
    ...(tls.caFile ? ['--tls-ca-file', tls.caFile] : []),
    ...(tls.certFile && tls.keyFile ? ['--tls-cert-file', tls.certFile, '--tls-key-file', tls.keyFile] : []),
  ] : [];
  for (const { database, folder } of parts) {
    // The password goes through the environment (SQL_PASSWORD), not the command line others can read in /proc.
    const tool = (...args: string[]) => run(sqlTool, ['--plugin', 'postgres12', '--ep', goHost(host), '--port', String(port), '--user', user, '--db', database, ...tlsFlags, ...args], {
      env: { ...process.env, SQL_PASSWORD: password },
    });
    if (!(await databaseExists(databases, database))) {
      log(`Creating the Temporal database ${database}`);
      // Connected to the business database: on a server of the insurer's the account may not reach `postgres`, the tool's default.
      await tool('create-database', '--defaultdb', databases.business);
    }
    if (!(await schemaSetUp(databases, database))) {
      log(`Setting up the Temporal schema in ${database}`);
      await tool('setup-schema', '-v', '0.0');
    }
    await tool('update-schema', '-d', path.join(moduleDir, 'schema', 'postgresql', 'v12', folder, 'versioned'));
  }
}
