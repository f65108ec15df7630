import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Config } from '../config';

/** What the worker needs to export its workflows' spans (they are made in the sandbox and leave it through a sink). */
export interface Tracing {
  spanProcessor: SpanProcessor;
  resource: Resource;
}

let installed: { endpoint: string; tracing: Tracing } | undefined;

/**
 * OpenTelemetry traces, only when an OTLP endpoint is configured: then one tracer provider per process,
 * registered globally (with the async-hooks context and W3C propagation) so that the API's request spans and
 * Temporal's interceptors share it. Unconfigured, nothing is registered: the API's tracer is OpenTelemetry's no-op.
 * Spans leave in batches over OTLP/HTTP as JSON.
 */
export function installTracing(config: Config): Tracing | null {
  const endpoint = config.observability.tracesEndpoint;
  if (!endpoint) return null;
  if (installed) {
    if (installed.endpoint !== endpoint) throw new Error(`Tracing is already installed for ${installed.endpoint}`);
    return installed.tracing;
  }
  const resource = new Resource({ [ATTR_SERVICE_NAME]: 'claims-backoffice' });
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }), { scheduledDelayMillis: config.observability.traceBatchDelayMs });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  installed = { endpoint, tracing: { spanProcessor, resource } };
  return installed.tracing;
}

/** Sends the spans still waiting in the batch: on stop, so the last requests' traces are not lost. */
export async function flushTraces(): Promise<void> {
  await installed?.tracing.spanProcessor.forceFlush();
}
