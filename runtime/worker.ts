import { Client } from '@temporalio/client';
import { NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type { Knex } from 'knex';
import nodemailer from 'nodemailer';
import { createActivities } from '../activities';
import { scheduleDailyPaymentBatch } from '../workflows/payment-batch/client';
import { dataConverterOf } from './codec/data-converter';
import type { Config } from './config';
import { startWorkerMetrics } from './metrics/worker-metrics';
import type { TemporalEndpoint } from './temporal-server';

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
let sdkMetricsInstalled = false;

/** The SDK core's Prometheus endpoint: Runtime.install before the process's first connection, once (the supervisor restarts workers). */
function installSdkMetrics(config: Config): void {
  if (!config.metrics.temporalSdkAddress || sdkMetricsInstalled) return;
  Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: config.metrics.temporalSdkAddress } } } });
  sdkMetricsInstalled = true;
}

export async function startWorker(config: Config, endpoint: TemporalEndpoint, knex: Knex): Promise<RunningWorker> {
  installSdkMetrics(config);
  const connection = await NativeConnection.connect({ address: endpoint.address, tls: endpoint.tls, apiKey: endpoint.apiKey });
  const dataConverter = dataConverterOf(config);
  // Activities that ask other processes (the payment batch asks the claims) use the worker's connection.
  const temporal = new Client({ connection, namespace: endpoint.namespace, dataConverter });
  await scheduleDailyPaymentBatch(temporal, { taskQueue: config.temporal.taskQueue, batchAt: config.sepa.batchAt });
  const worker = await Worker.create({
    connection,
    namespace: endpoint.namespace,
    taskQueue: config.temporal.taskQueue,
    workflowsPath: require.resolve('../workflows'),
    dataConverter,
    activities: createActivities({
      knex, mail: { transport: nodemailer.createTransport(smtpUrl(config)), from: config.mail.from }, temporal, sepaDebtor: config.sepa.debtor, fraud: config.fraud,
    }),
  });
  const stopMetrics = config.metrics.workerPort === null
    ? async () => {}
    : await startWorkerMetrics(config.metrics.workerPort, { token: config.metrics.token, production: config.production });
  const done = worker.run().finally(() => Promise.all([connection.close(), stopMetrics()]));
  return {
    done,
    shutdown: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}
