import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { z } from 'zod';
import { problemsOf } from '../i18n/field-problems';
import { phrase } from '../i18n/phrase';
import { badRequest, invalid } from './errors';
import { MAX_BODY_DEPTH, nestsDeeperThan, unsafeParameters } from './input-limits';
import { registerRoute, RouteSpec } from './openapi';


type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
export interface Input<P, Q, B> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

/**
 * What a handler answers: its response schema's shape (as JSON will carry it: a Date becomes a timestamp),
 * or nothing when it wrote the response itself (a file, a CSV stream).
 */
type Answer<R> = R extends z.ZodType ? z.input<R> | Jsonable<z.input<R>> | void : unknown;
type Jsonable<T> = T extends string ? string | Date : T extends (infer Item)[] ? Jsonable<Item>[] : T extends object ? { [K in keyof T]: Jsonable<T[K]> } : T;

/**
 * Outside production every JSON answer is checked against its route's response schema, so a view that
 * drifts from the contract shows in development and in the tests. Not in production: the check costs a
 * JSON round trip and a parse of every answer (claim files, pages of 100 items) and would turn a harmless
 * extra or missing field into a failed request for the customer.
 */
function checkAnswer(spec: RouteSpec, req: Request, result: unknown) {
  if (!spec.response || !req.app.locals.checkResponses || result === undefined) return;
  const checked = spec.response.safeParse(JSON.parse(JSON.stringify(result)));
  if (!checked.success) req.log.error({ problems: z.prettifyError(checked.error) }, `${spec.method.toUpperCase()} ${spec.path} answered outside its contract`);
}

/**
 * Declares a route: its schemas document it (OpenAPI) and validate it. A parameter with control or broken
 * characters, or a body that is not an object or nests without end, is malformed (400); a body whose
 * fields break the rules is invalid (422) with every field named.
 */
export function route<
  P extends z.ZodObject | undefined, Q extends z.ZodObject | undefined, B extends z.ZodType | undefined, R extends z.ZodType | undefined = undefined,
>(
  router: Router,
  spec: Omit<RouteSpec, 'params' | 'query' | 'body' | 'response'> & { params?: P; query?: Q; body?: B; response?: R },
  guards: RequestHandler[],
  handler: (input: Input<P, Q, B>, req: Request, res: Response) => Promise<Answer<R>>,
): void {
  registerRoute(spec as RouteSpec);
  const relativePath = spec.path.replace(/^\/api/, '');
  router[spec.method](relativePath, ...guards, async (req: Request, res: Response, next: NextFunction) => {
    try {
      const unsafePath = unsafeParameters(req.params);
      if (unsafePath.length) throw badRequest(phrase('api.request.pathMalformed'), unsafePath);
      const unsafeQuery = unsafeParameters(req.query);
      if (unsafeQuery.length) throw badRequest(phrase('api.request.queryMalformed'), unsafeQuery);
      const params = spec.params ? spec.params.safeParse(req.params) : undefined;
      if (params && !params.success) throw badRequest(phrase('api.request.pathMalformed'), problemsOf(params.error, req.params, '(path)'));
      const query = spec.query ? spec.query.safeParse(req.query) : undefined;
      if (query && !query.success) throw badRequest(phrase('api.request.queryMalformed'), problemsOf(query.error, req.query, '(query)'));
      let body: unknown;
      if (spec.body) {
        const sent = req.body ?? {}; // no body at all: an action without options
        if (typeof sent !== 'object' || Array.isArray(sent)) {
          throw badRequest(phrase('api.request.sendObject'));
        }
        if (nestsDeeperThan(sent, MAX_BODY_DEPTH)) throw badRequest(phrase('api.request.tooDeep', { levels: MAX_BODY_DEPTH }));
        const parsed = spec.body.safeParse(sent);
        if (!parsed.success) throw invalid(phrase('api.request.fieldsInvalid'), problemsOf(parsed.error, sent, '(body)'));
        body = parsed.data;
      }
      const result = await handler({ params: params?.data, query: query?.data, body } as Input<P, Q, B>, req, res);
      if (!res.headersSent) {
        checkAnswer(spec as RouteSpec, req, result);
        res.status(spec.status ?? 200).json(result);
      }
    } catch (error) {
      next(error);
    }
  });
}
