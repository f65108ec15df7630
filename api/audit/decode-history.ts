import { defaultPayloadConverter, type Payload, type PayloadCodec } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

const isMetadata = (value: unknown) =>
  !!value && typeof value === 'object' && Object.keys(value).length > 0 && Object.values(value).every((item) => item instanceof Uint8Array);
const isPayload = (value: unknown): value is Payload =>
  !!value && typeof value === 'object' && !Array.isArray(value) && isMetadata((value as Payload).metadata);

/** Failures sealed by the failure converter carry their message and stack trace in `encodedAttributes`. */
function revealFailure(node: Record<string, any>): void {
  if (!isPayload(node.encodedAttributes)) return;
  try {
    const attributes = defaultPayloadConverter.fromPayload<{ message?: unknown; stack_trace?: unknown }>(node.encodedAttributes);
    if (typeof attributes?.message === 'string') node.message = attributes.message;
    if (typeof attributes?.stack_trace === 'string') node.stackTrace = attributes.stack_trace;
  } catch {
    // still sealed (a key this process does not hold): the failure keeps its placeholder message
  }
}

/**
 * A fetched history with every payload decoded by the codecs (in place): what the workflow code saw, as
 * the auditor reads it. Payloads are found by shape, so every event type, memo and failure is covered.
 */
export async function decodeHistory(history: History, codecs: PayloadCodec[]): Promise<History> {
  const decode = async (payloads: Payload[]) => {
    let decoded = payloads;
    for (const codec of [...codecs].reverse()) decoded = await codec.decode(decoded);
    return decoded;
  };
  const walk = async (node: unknown): Promise<void> => {
    if (!node || typeof node !== 'object' || ArrayBuffer.isView(node)) return;
    const record = node as Record<string, any>;
    for (const [key, value] of Object.entries(record)) {
      if (isPayload(value)) record[key] = (await decode([value]))[0];
      else if (Array.isArray(value) && value.length > 0 && value.every(isPayload)) record[key] = await decode(value);
      else await walk(value);
    }
    revealFailure(record);
  };
  await walk(history);
  return history;
}
