import { randomUUID } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import { spawnSystem, stopSystem, type SystemProcess } from '../../scripts/support/system-process';
import { loadConfig } from '../../runtime/config';
import { installTracing } from '../../runtime/observability/tracing';
import { workerObservability } from '../../runtime/observability/worker-observability';
import { workflowCode } from '../../runtime/workflow-bundle';
import { startOtlpReceiver, type ReceivedSpan } from './otlp-receiver';
import { submitOneDeclaration } from './submit-one';

/** Section 4 of issue 13: one submit is one trace, from the HTTP request through the workflow update to its activities. */

test('without an OTLP endpoint no tracer is set up: no provider, no workflow interceptors, no sink', async () => {
  const config = loadConfig({ NODE_ENV: 'test' });
  expect(config.observability.tracesEndpoint).toBeUndefined();
  expect(installTracing(config)).toBeNull();
  expect(trace.getTracer('claims-backoffice-api').startSpan('probe').isRecording()).toBe(false);
  expect(workerObservability(null).sinks).toBeUndefined();
  const code = await workflowCode(undefined, false);
  expect(code.interceptors?.workflowModules?.join()).toMatch(/request-id-interceptors/);
  expect(code.interceptors?.workflowModules?.join()).not.toMatch(/trace-interceptors/);
});

test('OTEL_EXPORTER_OTLP_ENDPOINT sends traces to its /v1/traces, the traces endpoint setting wins', () => {
  expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://tempo:4318/' }).observability.tracesEndpoint).toBe('http://tempo:4318/v1/traces');
  expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://tempo:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://jaeger:4318/v1/traces' }).observability.tracesEndpoint)
    .toBe('http://jaeger:4318/v1/traces');
});

describe('with an OTLP endpoint', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let system: SystemProcess;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    system = await spawnSystem({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '200', LOG_LEVEL: 'warn' });
  }, 240_000);

  afterAll(async () => {
    if (system) await stopSystem(system);
    await receiver?.stop();
  }, 60_000);

  /** The spans of the submit's trace, once the API's, the workflow's and the activity's have all arrived. */
  async function traceOfSubmit(requestId: string): Promise<ReceivedSpan[]> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const request = receiver.spans.find((span) => span.attributes['request.id'] === requestId);
      const spans = request ? receiver.spans.filter((span) => span.traceId === request.traceId) : [];
      if (['POST /api/', 'HandleUpdate:', 'RunActivity:projectDeclaration'].every((name) => spans.some((span) => span.name.startsWith(name)))) return spans;
      if (Date.now() > deadline) throw new Error(`no complete trace of the submit within 30 s; received: ${receiver.spans.map((span) => span.name).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  test('one submit is one trace: the HTTP request, the workflow update and the activity it runs', async () => {
    const submitted = await submitOneDeclaration(system.apiUrl, randomUUID());
    expect(submitted.status).toBe(200);

    const spans = await traceOfSubmit(submitted.requestId!);
    const names = spans.map((span) => span.name);
    const request = spans.find((span) => span.name.startsWith('POST /api/'))!;
    expect(request.name).toBe('POST /api/organisations/:orgId/declarations/:id/submit');
    expect(request.attributes).toMatchObject({ 'http.response.status_code': 200, 'request.id': submitted.requestId });
    // The API's client, then the workflow's update handler, the activity it scheduled, and the activity's run.
    expect(names).toEqual(expect.arrayContaining(['StartWorkflowUpdate:submit', 'HandleUpdate:submit', 'StartActivity:projectDeclaration', 'RunActivity:projectDeclaration']));
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);
    // Parent links join them into one tree rooted at the HTTP request.
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const rootOf = (span: ReceivedSpan): ReceivedSpan => (span.parentSpanId && byId.has(span.parentSpanId) ? rootOf(byId.get(span.parentSpanId)!) : span);
    const run = spans.find((span) => span.name === 'RunActivity:projectDeclaration')!;
    expect(rootOf(run)).toBe(request);
  }, 60_000);
});
