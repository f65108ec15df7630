import { createHash } from 'node:crypto';
import { z } from 'zod';
import { currentSchemaVersion, schemasAt } from '../../domain/declaration-schemas/versions';

/**
 * What each published schema version accepts, as a fingerprint of its JSON Schema. Running executions re-check
 * their data under the version they pinned, so a published version must never change: a change to today's
 * rules is a new version (domain/declaration-schemas/versions.ts), whose fingerprint is added here.
 */
const published: Record<number, string> = {
  1: '9ebf476bfb7f6cc89a176adaae873daea644289a24275c5de5fafb5b78615e7c',
};

function fingerprint(version: number): string {
  const { declarations, workplaceAccidentSimplified, changes } = schemasAt(version);
  const schemas = { declarations, workplaceAccidentSimplified, changes };
  const json = JSON.stringify(schemas, (_key, value) => (value instanceof z.ZodType ? z.toJSONSchema(value, { io: 'input', unrepresentable: 'any' }) : value));
  return createHash('sha256').update(json).digest('hex');
}

describe('published schema versions never change', () => {
  test.each(Array.from({ length: currentSchemaVersion }, (_, index) => index + 1))('version %i accepts what it accepted when published', (version) => {
    expect(fingerprint(version)).toBe(published[version]);
  });
});
