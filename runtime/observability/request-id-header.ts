import { defaultPayloadConverter, type Headers } from '@temporalio/common';

/**
 * The request id travels in Temporal headers (not in payloads: the codec seals those, and it is no personal data):
 * from the API's client into workflow starts, updates and signals, from workflows into the activities they schedule.
 * Plain module: the workflow bundle imports it too.
 */
export const requestIdHeader = 'request-id';

export function withRequestId(headers: Headers, requestId: string | undefined): Headers {
  if (!requestId) return headers;
  return { ...headers, [requestIdHeader]: defaultPayloadConverter.toPayload(requestId) };
}

export function requestIdOf(headers: Headers): string | undefined {
  const payload = headers[requestIdHeader];
  if (!payload) return undefined;
  const value: unknown = defaultPayloadConverter.fromPayload(payload);
  return typeof value === 'string' ? value : undefined;
}
