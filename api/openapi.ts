import { z } from 'zod';
import { errorResponse } from '../contract/common';
import { MAX_FILES_PER_UPLOAD } from './uploads';

/**
 * Every route registers its schemas here, so the OpenAPI document is generated from what validates requests
 * and from the contract its answers keep (contract/).
 */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string; // express style: /api/organisations/:orgId
  summary: string;
  tag: string;
  access: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A multipart/form-data body: its text fields, and the names of its file fields. */
  multipart?: { fields: z.ZodObject; files: string[] };
  /** The JSON answer's schema, from contract/: documented here, checked outside production (api/route.ts). */
  response?: z.ZodType;
  /** A response that is a file rather than JSON. */
  produces?: string;
  status?: number;
}

const routes: RouteSpec[] = [];
export const registerRoute = (spec: RouteSpec) => routes.push(spec);

/** A request is documented as it may be sent (defaults optional), an answer as it is produced. */
const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input') => z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
const errorBody = { $ref: '#/components/schemas/Error' };

function multipartSchema({ fields, files }: NonNullable<RouteSpec['multipart']>) {
  const schema = jsonSchema(fields) as { properties?: Record<string, unknown>; required?: string[] };
  for (const name of files) (schema.properties ??= {})[name] = { type: 'array', maxItems: MAX_FILES_PER_UPLOAD, items: { type: 'string', format: 'binary' } };
  schema.required = [...(schema.required ?? []), ...files];
  return schema;
}

function operation(spec: RouteSpec) {
  const parameters = [
    ...Object.entries(spec.params?.shape ?? {}).map(([name, schema]) => ({ name, in: 'path', required: true, schema: jsonSchema(schema as z.ZodType) })),
    ...Object.entries(spec.query?.shape ?? {}).map(([name, schema]) => ({
      name, in: 'query', required: !(schema as z.ZodType).safeParse(undefined).success, schema: jsonSchema(schema as z.ZodType),
    })),
  ];
  return {
    summary: spec.summary,
    description: `Access: ${spec.access}.`,
    tags: [spec.tag],
    parameters,
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body) } } } } : {}),
    ...(spec.multipart ? { requestBody: { required: true, content: { 'multipart/form-data': { schema: multipartSchema(spec.multipart) } } } } : {}),
    responses: {
      [String(spec.status ?? 200)]: {
        description: 'Success',
        ...(spec.response ? { content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } } } : {}),
        ...(spec.produces ? { content: { [spec.produces]: { schema: { type: 'string', format: 'binary' } } } } : {}),
      },
      default: { description: 'An error: 400, 401, 403, 404, 409 or 422', content: { 'application/json': { schema: errorBody } } },
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[spec.method] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Claims back office API', version: '0.1.0', description: 'Claim declarations, handling and audit. Log in with POST /api/auth/login; the session cookie authenticates every other call.' },
    paths,
    components: {
      schemas: {
        Error: jsonSchema(errorResponse, 'output'),
      },
    },
  };
}
