/**
 * Hostile requests generated from the OpenAPI document with a seeded PRNG (the same seed, the same
 * requests): wrong types, huge and broken text, deep nesting, missing and extra fields, bad ids and
 * bad query values, for every route and every kind of caller.
 */
export type Role = 'anonymous' | 'customer' | 'handler' | 'auditor';
export const roles: Role[] = ['anonymous', 'customer', 'handler', 'auditor'];

export interface Operation {
  method: string;
  path: string; // OpenAPI style: /api/organisations/{orgId}
  spec: any;
}

/** Ids of things that exist, so requests get past "not found" to the checks behind it. */
export interface RealIds {
  orgId: string;
  draftId: string;
  claimId: string;
  messageId: string;
  policyId: string;
  userId: string;
  mailId?: string;
  workflowId: string;
}

export interface HostileRequest {
  role: Role;
  method: string;
  url: string;
  route: string;
  body?: unknown;
  headers: Record<string, string>;
  label: string;
}

/** mulberry32: small, fast and good enough to pick cases reproducibly. */
class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int = (below: number) => Math.floor(this.next() * below);
  pick = <T>(items: readonly T[]): T => items[this.int(items.length)];
  chance = (probability: number) => this.next() < probability;
  uuid = () => 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => this.int(16).toString(16));
}

/**
 * JSON nested thousands of levels deep: even JSON.stringify overflows the stack on it, so a body holds a
 * marker that becomes the nested text when the body is written.
 */
const deep = (kind: 'object' | 'array', levels: number) => `\u2063deep:${kind}:${levels}`;
const deepText = (kind: string, levels: number) =>
  (kind === 'object' ? `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}` : `${'['.repeat(levels)}${']'.repeat(levels)}`);
const bodyText = (body: unknown) =>
  JSON.stringify(body).replace(/"\u2063deep:(object|array):(\d+)"/g, (_whole, kind: string, levels: string) => deepText(kind, Number(levels)));

/** Text that breaks databases, logs, parsers and screens. */
const hostileTexts = [
  '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u001b[2J', '\u0007\u0008', '\u007f', '\u0085', '\ufeff', '\u202eevil', '😀'.repeat(100),
  "' OR 1=1 --", '"; drop table declarations; --', '${7*7}', '{{7*7}}', '<script>alert(1)</script>', '../../../etc/passwd', '%00', '%s%n',
  '', ' ', '\n\r\t', 'x'.repeat(10_001), 'é'.repeat(70_000), '__proto__', 'constructor', 'null', 'true', '0', '-1', '1e400', 'NaN',
];
const hostileNumbers = [-1, 0, 0.5, -0, 1e308, -1e308, 2 ** 53 + 1, 2 ** 31, -(2 ** 31) - 1, 123456789012];
const hostileShapes = (random: Random): unknown[] => [
  null, true, false, [], {}, [null], [[[[]]]], { a: { b: { c: {} } } }, random.pick(hostileNumbers), random.pick(hostileTexts),
  deep('object', random.pick([33, 1000, 10_000])), deep('array', random.pick([33, 1000, 10_000])),
  Array.from({ length: random.pick([100, 1000, 5000]) }, () => random.pick(['x', 1, {}, null])),
  Object.fromEntries(Array.from({ length: random.pick([50, 2000]) }, (_, i) => [`k${i}`, 'v'])),
];
const hostileValue = (random: Random): unknown => (random.chance(0.5) ? random.pick(hostileTexts) : random.pick(hostileShapes(random)));

/** Raw bodies that are not the JSON they claim to be. */
const rawBodies = ['{', '{"a":', 'nul', '{"a":1}garbage', '[1,2', '"\\u0000"', '{"a":"\\ud800"}', '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}', '{"a":1,"a":2}', '\u0000', '{"a":1e999999}', `${'['.repeat(20_000)}${']'.repeat(20_000)}`];

/** A plausible value for a JSON Schema, so a mutation lands in an otherwise well-formed body. */
function exampleOf(schema: any, random: Random, ids: RealIds, depth = 0): unknown {
  if (!schema || depth > 8) return 'x';
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return exampleOf(random.pick(options), random, ids, depth + 1);
  if ('const' in schema) return schema.const;
  if (schema.enum) return random.pick(schema.enum);
  if (schema.default !== undefined && random.chance(0.3)) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = Object.entries<any>(schema.properties ?? {});
      const required = new Set<string>(schema.required ?? []);
      return Object.fromEntries(properties.filter(([name]) => required.has(name) || random.chance(0.5))
        .map(([name, property]) => [name, exampleOf(property, random, ids, depth + 1)]));
    }
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 0, random.int(3)) }, () => exampleOf(schema.items, random, ids, depth + 1));
    case 'integer': case 'number':
      return schema.minimum ?? schema.exclusiveMinimum ?? 1;
    case 'boolean':
      return random.chance(0.5);
    case 'null':
      return null;
    default:
      if (schema.format === 'uuid') return random.pick([ids.claimId, ids.draftId, ids.orgId, ids.userId, random.uuid()]);
      if (schema.format === 'email') return 'fuzz@example.invalid';
      if (schema.format === 'date' || /\\d\{4\}-/.test(schema.pattern ?? '')) return '2026-11-30';
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 12));
  }
}

/** Leaves and branches of a body, as paths, to mutate one of them. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]))];
}
function setAt(target: any, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = Array.isArray(target) ? [...target] : { ...(target ?? {}) };
  copy[path[0]] = setAt(copy[path[0]], path.slice(1), value);
  return copy;
}
function deleteAt(target: any, path: (string | number)[]): unknown {
  if (path.length === 0 || target === null || typeof target !== 'object') return target;
  const copy = Array.isArray(target) ? [...target] : { ...target };
  if (path.length === 1) delete copy[path[0]];
  else copy[path[0]] = deleteAt(copy[path[0]], path.slice(1));
  return copy;
}

/** A body: well-formed with one thing wrong (usually), or not a body at all. */
function hostileBody(schema: any, random: Random, ids: RealIds): { body: unknown; what: string } {
  if (random.chance(0.1)) {
    const raw = random.pick(rawBodies);
    return { body: raw, what: `raw ${JSON.stringify(raw.slice(0, 30))}` };
  }
  const example = exampleOf(schema ?? { type: 'object' }, random, ids);
  const paths = pathsOf(example);
  const path = random.pick(paths);
  const at = path.join('.') || '(body)';
  switch (random.int(6)) {
    case 0: return { body: example, what: 'plausible' };
    case 1: return { body: deleteAt(example, path), what: `without ${at}` };
    case 2: return { body: setAt(example, [...path, random.pick(['__proto__', 'extra', '\u0000', 'constructor'])], hostileValue(random)), what: `extra field in ${at}` };
    default: {
      const value = hostileValue(random);
      return { body: setAt(example, path, value), what: `${at} = ${JSON.stringify(value)?.slice(0, 40)}` };
    }
  }
}

/** Path segments: wrong shapes, encodings that do not decode, and ids of other things. */
const hostileSegments = ['not-a-uuid', '%00', '%ED%A0%80', '%E0%A4%A', '%25', '%2e%2e%2f%2e%2e', 'x'.repeat(3000), '00000000-0000-0000-0000-000000000000',
  '%F0%9F%98%80', '%1B', 'null', '-1', '1e400', '%20', 'ffffffff-ffff-ffff-ffff-ffffffffffff'];
/** Query values, already URL-encoded. */
const hostileQueryValues = ['%00', 'a%00b', '%1B', '%ED%A0%80', '%E0%A4%A', '%25', 'x'.repeat(3000), '-1', '0', '1e400', 'NaN', '%27%20OR%201%3D1',
  '2026-02-30', '9999-99-99', 'true', '', '%20%20', 'desc', 'nextDeadline%3Asideways', '__proto__'];

function realPathValue(name: string, path: string, random: Random, ids: RealIds): string {
  switch (name) {
    case 'orgId': return ids.orgId;
    case 'policyId': return ids.policyId;
    case 'userId': return ids.userId;
    case 'messageId': return ids.messageId;
    case 'workflowId': return ids.workflowId;
    case 'index': return '0';
    case 'documentId': return 'general_conditions';
    case 'id':
      if (path.includes('/messages/{id}')) return ids.messageId;
      if (path.includes('/mails/{id}')) return ids.mailId ?? random.uuid();
      return random.pick([ids.claimId, ids.draftId]);
    default: return random.uuid();
  }
}

function urlOf(operation: Operation, random: Random, ids: RealIds): { url: string; what: string[] } {
  const what: string[] = [];
  const parameters: any[] = operation.spec.parameters ?? [];
  const pathNames = parameters.filter((p) => p.in === 'path').map((p) => p.name as string);
  const spoiled = pathNames.length && random.chance(0.3) ? random.pick(pathNames) : null;
  const path = operation.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (name !== spoiled) return encodeURIComponent(realPathValue(name, operation.path, random, ids));
    const segment = random.pick(hostileSegments);
    what.push(`${name}=${segment.slice(0, 30)}`);
    return segment;
  });
  const query: string[] = [];
  for (const parameter of parameters.filter((p) => p.in === 'query')) {
    if (!random.chance(0.4)) continue;
    if (random.chance(0.6)) {
      const value = random.pick(hostileQueryValues);
      query.push(random.chance(0.15) ? `${parameter.name}[]=${value}&${parameter.name}[]=x` : random.chance(0.1) ? `${parameter.name}[a]=${value}` : `${parameter.name}=${value}`);
      what.push(`?${parameter.name}=${value.slice(0, 30)}`);
    } else {
      query.push(`${parameter.name}=${encodeURIComponent(String(exampleOf(parameter.schema, random, ids)))}`);
    }
  }
  if (random.chance(0.1)) query.push(random.pick(['%00=1', 'zz=%00', 'a[b][c][d][e][f][g]=1', '=', '&&&', 'page=1&page=2']));
  return { url: query.length ? `${path}?${query.join('&')}` : path, what };
}

function multipartBody(schema: any, random: Random): { body: FormData; what: string } {
  const form = new FormData();
  const names = [...Object.keys(schema?.properties ?? {}).filter((name) => schema.properties[name].type !== 'array'), 'extra'];
  for (const name of names) {
    if (random.chance(0.3)) continue;
    form.append(name, random.chance(0.6) ? String(random.pick(hostileTexts)).slice(0, 30_000) : 'Wanneer komt de expert?');
  }
  if (random.chance(0.4)) {
    const bytes = random.chance(0.5) ? new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]) : new Uint8Array(64).map(() => random.int(256));
    form.append(random.chance(0.8) ? 'files' : 'other', new Blob([bytes]), random.pick(['a.pdf', '\u0000.pdf', '../../x.pdf', `${'n'.repeat(300)}.pdf`]));
  }
  return { body: form, what: 'multipart' };
}

const hostileHeaders = (random: Random): Record<string, string> => {
  const headers: Record<string, string> = {};
  if (random.chance(0.1)) headers['accept-language'] = random.pick(['zz;q=abc', 'fr'.repeat(500), '*', 'nl-BE,nl;q=0.9']);
  if (random.chance(0.1)) headers['idempotency-key'] = random.pick(['x'.repeat(1000), 'ÿ', ' ', 'fuzz']);
  return headers;
};

/**
 * About `target` requests spread evenly over operations and roles. Logging out would end the fuzz's own
 * sessions, and a login must fail validation (never a credential check) or it would throttle the
 * test machine's address for the tests that follow.
 */
export function hostileRequests(operations: Operation[], ids: RealIds, seed: number, target: number): HostileRequest[] {
  const random = new Random(seed);
  const perOperation = Math.ceil(target / (operations.length * roles.length));
  const requests: HostileRequest[] = [];
  for (const operation of operations) {
    for (const role of roles) {
      if (['/api/auth/logout', '/api/auth/provider-logout'].includes(operation.path) && role !== 'anonymous') continue;
      // A replay runs workflow code for seconds: a few suffice to try its input.
      const count = /\/replay$/.test(operation.path) ? Math.min(perOperation, 3) : perOperation;
      for (let i = 0; i < count; i += 1) {
        const { url, what } = urlOf(operation, random, ids);
        const content = operation.spec.requestBody?.content ?? {};
        let body: unknown;
        if (content['multipart/form-data'] && random.chance(0.8)) {
          const multipart = multipartBody(content['multipart/form-data'].schema, random);
          body = multipart.body;
          what.push(multipart.what);
        } else if (content['application/json'] || (operation.method !== 'GET' && random.chance(0.3))) {
          const hostile = hostileBody(content['application/json']?.schema, random, ids);
          body = typeof hostile.body === 'string' ? hostile.body : bodyText(hostile.body);
          what.push(hostile.what);
        }
        if (operation.path === '/api/auth/login') body = { email: `not an e-mail ${random.pick(hostileTexts).slice(0, 100)}`, password: 'demo' };
        requests.push({
          role, method: operation.method, url, route: `${operation.method} ${operation.path}`, body, headers: hostileHeaders(random),
          label: `${role} ${operation.method} ${url.slice(0, 120)} ${what.join(', ')}`,
        });
      }
    }
  }
  // Interleaved, so a slow route does not hold the run's time budget at its end.
  for (let i = requests.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [requests[i], requests[j]] = [requests[j], requests[i]];
  }
  return requests;
}
