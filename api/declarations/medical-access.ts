import type { Request } from 'express';
import type { Knex } from 'knex';
import type { Declaration } from '../../db/models/declaration';
import type { DeclarationSnapshot } from '../../domain/declaration';
import {
  mayReadMedicalDetails, medicalDeclarationTypes, MedicalReader, nationalNumberDigits, RegisterPersons, staffRoles,
} from '../../domain/medical-privacy';
import { authOf } from '../auth/context';
import { phrase } from '../../i18n/phrase';
import { forbidden } from '../errors';

const readers = new WeakMap<Request, Promise<MedicalReader>>();

const personsOf = (rows: { id: string; nationalNumber: string }[]): RegisterPersons => ({
  ids: rows.map((row) => row.id),
  nationalNumbers: rows.map((row) => nationalNumberDigits(row.nationalNumber)),
});

/** The reader and the register persons they are or answer for (once per request). */
export function medicalReaderOf(knex: Knex, req: Request): Promise<MedicalReader> {
  const known = readers.get(req);
  if (known) return known;
  const { user } = authOf(req);
  const ownEntries = knex('hospitalisationRoles').where({ userId: user.id, role: 'titularis' }).whereNotNull('insuredPersonId').select('insuredPersonId');
  const reader = (async (): Promise<MedicalReader> => {
    const base = { userId: user.id, role: user.role, email: user.email };
    if (staffRoles.includes(user.role)) return { ...base, self: { ids: [], nationalNumbers: [] }, family: { ids: [], nationalNumbers: [] } };
    const [self, family] = await Promise.all([
      knex('insuredPersons').where((w) => w.whereIn('id', ownEntries).orWhereRaw('lower(email) = lower(?)', [user.email])).select('id', 'nationalNumber'),
      knex('insuredPersons').whereIn('titularisId', ownEntries).select('id', 'nationalNumber'),
    ]);
    return { ...base, self: personsOf(self), family: personsOf(family) };
  })();
  readers.set(req, reader);
  return reader;
}

type Readable = Pick<Declaration, 'type' | 'data'> & { createdBy: string | DeclarationSnapshot['createdBy'] };

/** Whether this reader sees the declaration's medical details (the rule is domain/medical-privacy.ts). */
export function mayRead(reader: MedicalReader, declaration: Readable): boolean {
  const createdBy = typeof declaration.createdBy === 'string' ? declaration.createdBy : declaration.createdBy.userId ?? '';
  return mayReadMedicalDetails(reader, { type: declaration.type, data: declaration.data, createdBy });
}

/** For actions and documents that cannot be shown in part: the summary PDF, attachments, letters, changing a draft. */
export function requireMedicalAccess(reader: MedicalReader, declaration: Readable): void {
  if (!mayRead(reader, declaration)) {
    throw forbidden('medical_details_sealed', phrase('api.access.medicalSealed'));
  }
}

/**
 * The same rule in SQL, for lists, searches and exports: true where the reader sees the medical details of
 * the declaration aliased `d`. A person in `parties.insured` is matched by e-mail, register entry or
 * national number, like mayReadMedicalDetails does.
 */
export function medicalVisibility(knex: Knex, reader: MedicalReader): Knex.Raw {
  if (staffRoles.includes(reader.role)) return knex.raw('true');
  const json = (values: string[]) => JSON.stringify(values);
  const digits = "regexp_replace(p.person->>'nationalNumber', '\\D', '', 'g')";
  // Two bindings: the register ids, then the national numbers.
  const among = `p.person->>'insuredPersonId' in (select jsonb_array_elements_text(?::jsonb)) or ${digits} in (select jsonb_array_elements_text(?::jsonb))`;
  return knex.raw(
    `(not (d.type in (select jsonb_array_elements_text(?::jsonb))) or d.created_by = ?::uuid or exists (
      select 1 from jsonb_array_elements(case when jsonb_typeof(d.data->'parties'->'insured') = 'array' then d.data->'parties'->'insured' else '[]'::jsonb end) as p(person)
      where lower(p.person->>'email') = lower(?) or ${among}
        or (d.type = 'collective_hospitalisation' and (${among}))
    ))`,
    [
      json(medicalDeclarationTypes), reader.userId, reader.email,
      json(reader.self.ids), json(reader.self.nationalNumbers), json(reader.family.ids), json(reader.family.nationalNumbers),
    ],
  );
}
