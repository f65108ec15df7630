import { Client } from '@temporalio/client';
import { NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type { Knex } from 'knex';
import nodemailer from 'nodemailer';
import { createActivities } from '../activities';
import { scheduleDailyPaymentBatch } from '../workflows/payment-batch/client';
import { dataConverterOf } from './codec/data-converter';
import type { Config } from './config';
import { startWorkerMetrics } from './metrics/worker-metrics';
import { clientInterceptors } from './observability/client-interceptors';
import { createLogger } from './observability/logger';
import { temporalLogger } from './observability/temporal-logger';
import { flushTraces, installTracing } from './observability/tracing';
import { workerObservability } from './observability/worker-observability';
import type { TemporalEndpoint } from './temporal-server';
import { waitFor } from './wait';
import { workflowCode } from './workflow-bundle';

export interface RunningWorker {
  /** Resolves when the worker has stopped. */
  done: Promise<void>;
  shutdown: () => Promise<void>;
}

/** Where mail goes: the configured server, or the embedded sink. */
export function smtpUrl(config: Config): string {
  if (config.mail.url) return config.mail.url;
  if (config.production) throw new Error('Set SMTP_URL: production mail never goes to the embedded sink.');
  return `smtp://127.0.0.1:${config.mail.sinkPort}`;
}

/** Polls the project's task queue: every workflow in `workflows/`, every activity in `activities/`. */
let runtimeInstalled = false;

/**
 * The SDK's runtime: Runtime.install before the process's first connection, once (the supervisor restarts workers).
 * Its logger writes JSON through pino (the SDK core's own warnings forwarded to it); the SDK core's Prometheus
 * endpoint when configured.
 */
function installRuntime(config: Config): void {
  if (runtimeInstalled) return;
  const sdkMetrics = config.metrics.temporalSdkAddress;
  Runtime.install({
    logger: temporalLogger(createLogger(config.observability.logLevel)),
    telemetryOptions: {
      logging: { filter: { core: 'WARN', other: 'ERROR' }, forward: {} },
      ...(sdkMetrics ? { metrics: { prometheus: { bindAddress: sdkMetrics } } } : {}),
    },
  });
  runtimeInstalled = true;
}

export async function startWorker(config: Config, endpoint: TemporalEndpoint, knex: Knex): Promise<RunningWorker> {
  installRuntime(config);
  const tracing = installTracing(config);
  const connection = await NativeConnection.connect({ address: endpoint.address, tls: endpoint.tls, apiKey: endpoint.apiKey });
  const dataConverter = dataConverterOf(config);
  // Activities that ask other processes (the payment batch asks the claims) use the worker's connection.
  const temporal = new Client({ connection, namespace: endpoint.namespace, dataConverter, interceptors: clientInterceptors(tracing !== null) });
  // A server that has just started (the cluster mode's, after a restart) may not answer schedules yet: ask again for a minute.
  await waitFor('The payment batch schedule', () => scheduleDailyPaymentBatch(temporal, { taskQueue: config.temporal.taskQueue, batchAt: config.sepa.batchAt }), 60_000, 1000);
  const { activity, sinks } = workerObservability(tracing);
  const code = await workflowCode(config.temporal.workflowBundle, tracing !== null);
  const worker = await Worker.create({
    connection,
    namespace: endpoint.namespace,
    taskQueue: config.temporal.taskQueue,
    ...code,
    interceptors: { ...code.interceptors, activity }, // request ids in logs; traces when configured
    sinks,
    maxCachedWorkflows: config.temporal.maxCachedWorkflows, // bounds the worker's memory (runtime/config.ts)
    dataConverter,
    activities: createActivities({
      knex, mail: { transport: nodemailer.createTransport(smtpUrl(config)), from: config.mail.from }, temporal, sepaDebtor: config.sepa.debtor, fraud: config.fraud,
    }),
  });
  const stopMetrics = config.metrics.workerPort === null
    ? async () => {}
    : await startWorkerMetrics(config.metrics.workerPort, { token: config.metrics.token, production: config.production });
  const done = worker.run().finally(() => Promise.all([connection.close(), stopMetrics(), flushTraces()]));
  return {
    done,
    shutdown: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}
