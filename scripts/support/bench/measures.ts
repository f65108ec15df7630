import { Client, Connection } from '@temporalio/client';
import { payloadDataConverter } from '../../../runtime/codec/data-converter';
import { parsePayloadKeys } from '../../../runtime/codec/payload-keys';
import { HttpSession } from '../http-session';
import type { SystemProcess } from '../system-process';
import { runEngineProbe } from './engine-probe';
import { declareFire, type DeclarationTimes } from './fire-declaration';
import { historyEventsFromSubmitToOpened } from './history-events';
import { closedLoop, openLoop } from './load';
import { latency } from './stats';
import { sampleWorkerMemory } from './worker-memory';

/** The load, from the environment: a quick run sets smaller figures. */
export const benchSettings = {
  idleDeclarations: Number(process.env.BENCH_IDLE_DECLARATIONS || 30),
  sustainedRate: Number(process.env.BENCH_SUSTAINED_RATE || 10),
  sustainedSeconds: Number(process.env.BENCH_SUSTAINED_SECONDS || 60),
  saturationDeclarations: Number(process.env.BENCH_DECLARATIONS || 200),
  concurrency: Number(process.env.BENCH_CONCURRENCY || 20),
};

export type Row = [measure: string, value: string];

const customerEmails = ['an.peeters@bakkerij-peeters.example', 'sofie.maes@bakkerij-peeters.example', 'els.wouters@transport-wouters.example'];

/** Every measure of issue 13's table against one started system, the bare engine measured on the same server. */
export interface StartMode {
  workerNote: string;
  /** The /metrics of each worker process. */
  workerMetricsUrls: (system: SystemProcess) => string[];
}

export async function measureSystem(system: SystemProcess, mode: StartMode): Promise<Row[]> {
  const settings = benchSettings;
  const customers = await Promise.all(customerEmails.map((email) => HttpSession.login(system.apiUrl, email)));
  const declare = (i: number) => declareFire(customers[i % customers.length]);
  const connection = await Connection.connect({ address: system.temporalAddress });
  const client = new Client({ connection, namespace: 'claims', dataConverter: payloadDataConverter(parsePayloadKeys(system.payloadKeys)) });
  const rows: Record<string, Row> = {};
  try {
    // Warm up both paths so bundling and connection set-up are not measured.
    for (let i = 0; i < customers.length; i += 1) await declare(i);
    await runEngineProbe(client);

    log(`idle: ${settings.idleDeclarations} declarations one at a time`);
    const idle: DeclarationTimes[] = [];
    for (let i = 0; i < settings.idleDeclarations; i += 1) idle.push(await declare(i));
    rows.save = ['idle: save a draft, p95', latency(idle.map((d) => d.saveMs), 'saves one at a time')];
    rows.submit = ['idle: submit → claim number, p95', latency(idle.map((d) => d.submitMs), 'submits one at a time')];

    const events = await historyEventsFromSubmitToOpened(client, idle.at(-1)!.declarationId);
    log(`history events of declaration ${idle.at(-1)!.declarationId}: ${JSON.stringify(events)}`);
    rows.events = ['history events per fire declaration, submit to claim opened',
      `${events.total} (declaration from its submit: ${events.declaration.count}, claim until opened and waiting: ${events.claim.count})`];

    await settle();
    log(`saturation: ${settings.saturationDeclarations} declarations, then as many trivial workflows, ${settings.concurrency} at a time`);
    const declarations = await closedLoop(settings.saturationDeclarations, settings.concurrency, declare);
    const engine = await closedLoop(settings.saturationDeclarations, settings.concurrency, () => runEngineProbe(client));
    for (const error of [...declarations.errors, ...engine.errors].slice(0, 3)) log(`saturation error: ${String(error)}`);
    const declarationRate = declarations.results.length / (declarations.wallMs / 1000);
    const engineRate = engine.results.length / (engine.wallMs / 1000);
    rows.saturation = ['saturation: declarations/s ÷ trivial workflows/s',
      `${(declarationRate / engineRate).toFixed(2)} (${declarationRate.toFixed(1)} declarations/s, submit p95 ${latency(declarations.results.map((d) => d.submitMs), 'submits')} ÷ ${engineRate.toFixed(1)} trivial workflows/s, ${settings.concurrency} at a time; ${declarations.errors.length + engine.errors.length} errors)`];
    await settle();
    log(`sustained: ${settings.sustainedRate} declarations/s for ${settings.sustainedSeconds} s, open loop`);
    const memory = sampleWorkerMemory(mode.workerMetricsUrls(system));
    const sustained = await openLoop(settings.sustainedRate, settings.sustainedSeconds, declare);
    const resident = await memory.stop();
    for (const error of sustained.errors.slice(0, 3)) log(`sustained error: ${String(error)}`);
    rows.sustained = [
      `sustained ${settings.sustainedRate} declarations/s for ${settings.sustainedSeconds} s (open loop: arrivals at a fixed rate, not 20 waiting clients): submit → claim number, p95`,
      `${latency(sustained.results.map((d) => d.submitMs), 'submits')}; ${sustained.errors.length} errors; achieved ${(sustained.results.length / (sustained.wallMs / 1000)).toFixed(1)} declarations/s (${sustained.arrivals} arrivals, the last answered after ${(sustained.wallMs / 1000).toFixed(1)} s)`,
    ];
    rows.memory = ['worker resident memory under the sustained load', `${Math.round(resident.peakMb)} MB peak, ${Math.round(resident.lastMb)} MB at the end (${resident.samples} samples; ${mode.workerNote})`];

    // In the order of the table.
    return [rows.save, rows.submit, rows.sustained, rows.saturation, rows.events, rows.memory];
  } finally {
    await connection.close();
  }
}

/** What a phase left running (mails, claims setting up) ends before the next phase is measured. */
const settle = () => new Promise((resolve) => setTimeout(resolve, Number(process.env.BENCH_SETTLE_SECONDS || 10) * 1000));

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
