import type { temporal } from '@temporalio/proto';
import type { Root } from 'protobufjs';
import { fromJson, toJson } from 'protobufjs/ext/protojson';

// The SDK's protos as a reflection root: the package's shipped definitions, not an internal module of the SDK.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const protos = require('@temporalio/proto/protos/json-module') as Root;
const historyType = protos.lookupType('temporal.api.history.v1.History');

/**
 * A workflow's history as ProtoJSON text, the format of `temporal workflow show --output json` and of the
 * recorded histories the replayer reads.
 */
export function historyToJson(history: temporal.api.history.v1.IHistory): string {
  return JSON.stringify(toJson(historyType, historyType.fromObject(history)), null, 2);
}

/** A recorded ProtoJSON history as the SDK's History object (fields a newer server added are ignored). */
export const historyFromJson = (json: unknown) =>
  fromJson(historyType, json, { ignoreUnknownFields: true }) as unknown as temporal.api.history.v1.History;
