import { Router } from 'express';
import { z } from 'zod';
import { declarationTypes, productLineOf } from '../../domain/declaration-types';
import { declarationSchemas, workplaceAccidentSimplified } from '../../domain/declaration-schemas/by-type';
import { languages, typeName } from '../../i18n/server-labels';
import { requireLogin } from '../auth/guards';
import { route } from '../route';
import { declarationTypeInfos, JsonSchema } from '../../contract/declarations';

/** JSON Schema of what submit requires: `required` lists mark the fields a form shows with `*`. */
const submitSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonSchema;

export function declarationTypeRoutes(): Router {
  const router = Router();
  route(router, {
    method: 'get', path: '/api/declaration-types', tag: 'declarations', access: 'logged in',
    summary: 'The declaration types: names per language, product line, and the JSON Schema of a complete declaration (required fields marked).',
    response: declarationTypeInfos,
  }, [requireLogin], async () => declarationTypes.map((type) => ({
    type,
    productLine: productLineOf[type],
    names: Object.fromEntries(languages.map((language) => [language, typeName(type, language)])),
    schema: submitSchema(declarationSchemas[type]),
    ...(type === 'workplace_accident' ? { simplifiedSchema: submitSchema(workplaceAccidentSimplified) } : {}),
  })));
  return router;
}
