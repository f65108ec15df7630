import { agreementEmployees, lowersAccess, registrationDueAt, USER_AGREEMENT_REGISTRATION_DAYS, userAgreementEscalateAfterDefault } from '../../domain/user-agreement';

const line = { fullName: 'Lies Peeters', email: 'Lies@Bakkerij-Peeters.example', nationalRegisterNumber: '85.01.01-213.94', accessLevel: 'full' };

test('seed 000: the insurer registers a user agreement and access works 4 days after its receipt; unregistered by then it escalates', () => {
  expect(USER_AGREEMENT_REGISTRATION_DAYS).toBe(4);
  expect(userAgreementEscalateAfterDefault).toBe('4 days');
  expect(registrationDueAt('2026-12-01T09:30:00.000Z')).toBe('2026-12-05T09:30:00.000Z');
});

test('an employee line is kept as eleven digits and a lower-case e-mail; a wrong check digit is refused', () => {
  expect(agreementEmployees.parse([line])).toEqual([{ ...line, email: 'lies@bakkerij-peeters.example', nationalRegisterNumber: '85010121394' }]);
  const wrong = agreementEmployees.safeParse([{ ...line, nationalRegisterNumber: '85.01.01-213.95' }]);
  expect(wrong.success).toBe(false);
  expect(wrong.error!.issues[0]).toMatchObject({ path: [0, 'nationalRegisterNumber'], message: 'field.nationalNumber' });
});

test('the same person twice in one agreement is refused', () => {
  const twice = agreementEmployees.safeParse([line, { ...line, email: 'other@bakkerij-peeters.example' }]);
  expect(twice.error!.issues).toEqual([expect.objectContaining({ path: [1, 'nationalRegisterNumber'], message: 'userAgreement.problem.duplicate' })]);
});

test('a line lowers access when it gives less than the employee has today: full → limited, anything → none; nothing to lower without access', () => {
  expect(lowersAccess('limited', 'full')).toBe(true);
  expect(lowersAccess('none', 'limited')).toBe(true);
  expect(lowersAccess('full', 'limited')).toBe(false);
  expect(lowersAccess('limited', 'limited')).toBe(false);
  expect(lowersAccess('none', null)).toBe(false);
});
