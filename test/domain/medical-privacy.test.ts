import { carriesMedicalDetails, mayReadMedicalDetails, MedicalReader, medicalDeclarationTypes, SealableDeclaration } from '../../domain/medical-privacy';

const nobody = { ids: [], nationalNumbers: [] };
const colleague: MedicalReader = { userId: 'u-sofie', role: 'customer', email: 'sofie.maes@bakkerij-peeters.example', self: nobody, family: nobody };
const titularis: MedicalReader = {
  userId: 'u-jan', role: 'customer', email: 'jan.claes@bakkerij-peeters.example',
  self: { ids: ['p-jan'], nationalNumbers: ['78041203114'] }, family: { ids: ['p-lena'], nationalNumbers: ['12030504510'] },
};
const stayOf = (insured: Record<string, unknown>): SealableDeclaration => ({ type: 'collective_hospitalisation', createdBy: 'u-an', data: { parties: { insured: [insured] } } });
const accidentOf = (insured: Record<string, unknown>): SealableDeclaration => ({ type: 'workplace_accident', createdBy: 'u-an', data: { parties: { insured: [insured] } } });

test('hospitalisation, bodily accident, workplace accident and private life carry medical details; fire and motor do not', () => {
  expect(medicalDeclarationTypes.sort()).toEqual(['bodily_accident', 'collective_hospitalisation', 'private_life', 'workplace_accident']);
  expect(carriesMedicalDetails('fire')).toBe(false);
});

test('a colleague does not see a hospital stay; the declarant, the staff and the titularis of the family member do', () => {
  const lenasStay = stayOf({ firstName: 'Lena', insuredPersonId: 'p-lena' });
  expect(mayReadMedicalDetails(colleague, lenasStay)).toBe(false);
  expect(mayReadMedicalDetails({ ...colleague, userId: 'u-an' }, lenasStay)).toBe(true);
  for (const role of ['handler', 'senior_handler', 'auditor'] as const) expect(mayReadMedicalDetails({ ...colleague, role }, lenasStay)).toBe(true);
  expect(mayReadMedicalDetails(titularis, lenasStay)).toBe(true);
});

test('the victim is recognised by the e-mail of their account or their national number however it is typed', () => {
  expect(mayReadMedicalDetails(titularis, accidentOf({ nationalNumber: '78.04.12-031.14' }))).toBe(true);
  expect(mayReadMedicalDetails(titularis, accidentOf({ email: 'Jan.Claes@bakkerij-peeters.example' }))).toBe(true);
  expect(mayReadMedicalDetails(colleague, accidentOf({ nationalNumber: '78.04.12-031.14' }))).toBe(false);
});

test("the titularis answers for the family's hospital stays only, not for a family member's workplace accident", () => {
  expect(mayReadMedicalDetails(titularis, accidentOf({ nationalNumber: '12.03.05-045.10' }))).toBe(false);
  expect(mayReadMedicalDetails(titularis, stayOf({ nationalNumber: '12.03.05-045.10' }))).toBe(true);
});

test('a declaration without medical details is for every colleague', () => {
  expect(mayReadMedicalDetails(colleague, { type: 'fire', createdBy: 'u-an', data: {} })).toBe(true);
});
