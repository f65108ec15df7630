import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The request id of the HTTP request (API) or activity (worker) being served, for the Temporal client's headers. */
const requestIds = new AsyncLocalStorage<string>();

export const currentRequestId = (): string | undefined => requestIds.getStore();

export function withRequestContext<T>(requestId: string | undefined, run: () => T): T {
  return requestId ? requestIds.run(requestId, run) : run();
}

/** A caller's X-Request-Id is kept when it is a plain token (a UUID, a proxy's id); anything else could inject into logs. */
const wellFormed = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && wellFormed.test(incoming) ? incoming : randomUUID();
}
