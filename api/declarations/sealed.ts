import type { Declaration } from '../../db/models/declaration';
import type { DeclarationSnapshot } from '../../domain/declaration';
import { declarationDetail } from './detail';
import { mayRead } from './medical-access';
import type { MedicalReader } from '../../domain/medical-privacy';
import { declarationView } from './view';

type View = ReturnType<typeof declarationView>;

/**
 * The steps of a sealed claim, without details and without the customers' names: who declared a
 * hospital stay often is the patient, so the name alone would tell. The insurer's staff stay named.
 */
export const sealedHistory = (actions: View['history']) => actions.map(({ action, by, at }) => ({
  action, at, by: by.role === 'customer' ? { userId: null, name: '', role: by.role } : by,
}));

/**
 * A declaration whose medical details the reader may not see: that it exists and its status (with the
 * claim number, type, handler and the dates of its steps), nothing declared, no documents, no reasons.
 */
export const sealedView = (view: View) => ({
  ...view,
  data: {},
  attachments: [],
  decision: null,
  history: sealedHistory(view.history),
  sealed: true as const,
});

const noAssessment = { documents: { required: [], missing: [] }, workplaceAccident: null, motor: null, accidentIncome: null };

/** The declaration as this reader may see it, with its assessment when the details are visible. */
export async function declarationDetailFor(reader: MedicalReader, declaration: DeclarationSnapshot | Declaration, language: string) {
  if (mayRead(reader, declaration)) return declarationDetail(declaration, language);
  return { ...sealedView(declarationView(declaration)), assessment: noAssessment };
}

/** A list item as this reader may see it. */
export const declarationViewFor = (reader: MedicalReader, declaration: Declaration) =>
  (mayRead(reader, declaration) ? declarationView(declaration) : sealedView(declarationView(declaration)));
