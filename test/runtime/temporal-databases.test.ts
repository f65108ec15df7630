import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { temporalDatabasesOf } from '../../runtime/cluster/schema';
import { writeServerConfig } from '../../runtime/cluster/server-config';

/**
 * DATABASE_URL as the cluster's Temporal server sees it: the same server, account and TLS settings as the business
 * database (test/cluster/external-database.test.ts runs the plain path end to end; TLS and IPv6 only here).
 */
const ports = {
  frontend: 7233, frontendMembership: 6933, frontendHttp: 7243, history: 7234, historyMembership: 6934,
  matching: 7235, matchingMembership: 6935, worker: 7239, workerMembership: 6939,
};

test('the account, password, IPv6 host and port of the URL, with its sslmode as TLS', () => {
  const databases = temporalDatabasesOf('postgres://insurer_claims:p%40ss%2Fw@[::1]:6543/claims_insurer?sslmode=verify-full&sslrootcert=/etc/ca.pem');
  expect(databases).toMatchObject({
    host: '::1', port: 6543, user: 'insurer_claims', password: 'p@ss/w', business: 'claims_insurer', main: 'temporal', visibility: 'temporal_visibility',
    tls: { enabled: true, enableHostVerification: true, caFile: '/etc/ca.pem' },
  });
  expect(temporalDatabasesOf('postgres://a:b@db.insurer.example/claims?sslmode=require').tls).toEqual({ enabled: true, enableHostVerification: false });
  expect(temporalDatabasesOf('postgres://a:b@db.insurer.example/claims?sslmode=prefer').tls).toBeUndefined();
  expect(temporalDatabasesOf('postgres://a:b@db.insurer.example/claims').tls).toBeUndefined();
});

test('a URL without its database is refused, naming what it must hold', () => {
  expect(() => temporalDatabasesOf('postgres://a:b@db.insurer.example')).toThrow('DATABASE_URL must name an account, a host and a database');
});

test("the server's stores connect where the URL says, TLS included", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temporal-config-'));
  try {
    writeServerConfig(dir, temporalDatabasesOf('postgres://a:b@[::1]:6543/claims?sslmode=verify-ca&sslrootcert=/ca.pem&sslcert=/c.pem&sslkey=/k.pem'), 4, ports);
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'config', 'cluster.yaml'), 'utf8'));
    for (const store of ['postgres-default', 'postgres-visibility']) {
      expect(config.persistence.datastores[store].sql).toMatchObject({
        connectAddr: '[::1]:6543', user: 'a', password: 'b',
        tls: { enabled: true, enableHostVerification: false, caFile: '/ca.pem', certFile: '/c.pem', keyFile: '/k.pem' },
      });
    }
    writeServerConfig(dir, temporalDatabasesOf('postgres://a:b@127.0.0.1:5432/claims'), 4, ports);
    const plain = JSON.parse(fs.readFileSync(path.join(dir, 'config', 'cluster.yaml'), 'utf8'));
    expect(plain.persistence.datastores['postgres-default'].sql.tls).toBeUndefined();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
