import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import type { Knex } from 'knex';
import { createApp } from '../api/app';
import { dataConverterOf } from './codec/data-converter';
import type { Config } from './config';
import { clientInterceptors } from './observability/client-interceptors';
import { flushTraces, installTracing } from './observability/tracing';
import type { ServiceStatus } from './supervisor';
import type { TemporalEndpoint } from './temporal-server';

/** Serves the HTTP API on config.port; returns how to stop it (open connections included). */
export async function startApiServer(
  config: Config, endpoint: TemporalEndpoint, knex: Knex, supervision?: () => Record<string, ServiceStatus> | undefined,
): Promise<() => Promise<void>> {
  const connection = await Connection.connect({ address: endpoint.address, tls: endpoint.tls, apiKey: endpoint.apiKey });
  const tracing = installTracing(config);
  const client = new Client({ connection, namespace: endpoint.namespace, dataConverter: dataConverterOf(config), interceptors: clientInterceptors(tracing !== null) });
  const app = createApp({ config, knex, client, supervision });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, () => resolve(listening)).once('error', reject);
  });
  // Idle connections stay open longer than clients and proxies keep them (typically 4-60 s), so the client
  // always closes first: a request never goes out on a socket the server is closing ("other side closed").
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await connection.close();
    await flushTraces(); // the last requests' spans
  };
}
