import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { z } from 'zod';
import { problemsOf } from '../i18n/field-problems';
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
 * Declares a route: its schemas document it (OpenAPI) and validate it. A parameter with control or broken
 * characters, or a body that is not an object or nests without end, is malformed (400); a body whose
 * fields break the rules is invalid (422) with every field named.
 */
export function route<P extends z.ZodObject | undefined, Q extends z.ZodObject | undefined, B extends z.ZodType | undefined>(
  router: Router,
  spec: Omit<RouteSpec, 'params' | 'query' | 'body'> & { params?: P; query?: Q; body?: B },
  guards: RequestHandler[],
  handler: (input: Input<P, Q, B>, req: Request, res: Response) => Promise<unknown>,
): void {
  registerRoute(spec as RouteSpec);
  const relativePath = spec.path.replace(/^\/api/, '');
  router[spec.method](relativePath, ...guards, async (req: Request, res: Response, next: NextFunction) => {
    try {
      const unsafePath = unsafeParameters(req.params);
      if (unsafePath.length) throw badRequest('The path is malformed.', unsafePath);
      const unsafeQuery = unsafeParameters(req.query);
      if (unsafeQuery.length) throw badRequest('The query parameters are malformed.', unsafeQuery);
      const params = spec.params ? spec.params.safeParse(req.params) : undefined;
      if (params && !params.success) throw badRequest('The path is malformed.', problemsOf(params.error, req.params, '(path)'));
      const query = spec.query ? spec.query.safeParse(req.query) : undefined;
      if (query && !query.success) throw badRequest('The query parameters are malformed.', problemsOf(query.error, req.query, '(query)'));
      let body: unknown;
      if (spec.body) {
        const sent = req.body ?? {}; // no body at all: an action without options
        if (typeof sent !== 'object' || Array.isArray(sent)) {
          throw badRequest('Send a JSON object as the request body (Content-Type: application/json).');
        }
        if (nestsDeeperThan(sent, MAX_BODY_DEPTH)) throw badRequest(`The request body nests deeper than ${MAX_BODY_DEPTH} levels.`);
        const parsed = spec.body.safeParse(sent);
        if (!parsed.success) throw invalid('Some fields are not valid.', problemsOf(parsed.error, sent, '(body)'));
        body = parsed.data;
      }
      const result = await handler({ params: params?.data, query: query?.data, body } as Input<P, Q, B>, req, res);
      if (!res.headersSent) res.status(spec.status ?? 200).json(result);
    } catch (error) {
      next(error);
    }
  });
}
