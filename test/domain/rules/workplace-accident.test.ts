import {
  ADMINISTRATIVE_FINE_MAX_CENTS, ADMINISTRATIVE_FINE_MIN_CENTS, DECLARATION_DEADLINE_DAYS, SERIOUS_ACCIDENT_REPORT_WORKING_DAYS,
  TRAVEL_MIN_DISTANCE_KM, TRAVEL_RATE_TEN_THOUSANDTHS_EUR_PER_KM,
  assessDeclarationDeadline, assessWorkplaceAccident, declarationDeadline, kilometreAllowanceCents, obligations, requiredMedicalDocuments,
  seriousness, simplifiedDeclarationAllowed, temporaryIncapacityBenefitPayable, travelReimbursement,
} from '../../../domain/rules/workplace-accident';

describe('the business numbers of seed 004', () => {
  test('8 days to declare, a fine of €250 to €2,500, 10 working days for the report, more than 5 km at €0.2479 per km', () => {
    expect(DECLARATION_DEADLINE_DAYS).toBe(8);
    expect([ADMINISTRATIVE_FINE_MIN_CENTS, ADMINISTRATIVE_FINE_MAX_CENTS]).toEqual([25_000, 250_000]);
    expect(SERIOUS_ACCIDENT_REPORT_WORKING_DAYS).toBe(10);
    expect(TRAVEL_MIN_DISTANCE_KM).toBe(5);
    expect(TRAVEL_RATE_TEN_THOUSANDTHS_EUR_PER_KM / 10_000).toBe(0.2479);
  });
});

describe('declaration deadline: 8 days counted from the day after the accident', () => {
  test('a workplace accident on 2026-11-02 must be declared by 2026-11-10', () => {
    expect(declarationDeadline('2026-11-02')).toBe('2026-11-10');
  });

  test('a workplace accident on 2026-11-02 declared on 2026-11-10 is on time', () => {
    expect(assessDeclarationDeadline('2026-11-02', '2026-11-10', '2026-11-10')).toMatchObject({ timeliness: 'on_time', late: false, daysLate: 0 });
  });

  test('a workplace accident on 2026-11-02 declared on 2026-11-11 is flagged late, 1 day', () => {
    expect(assessDeclarationDeadline('2026-11-02', '2026-11-11', '2026-11-11')).toMatchObject({ timeliness: 'late', late: true, daysLate: 1 });
  });

  test('a late declaration is still accepted: declared on 2026-11-20 it is 10 days late, and the fine range is €250 to €2,500', () => {
    expect(assessDeclarationDeadline('2026-11-02', '2026-11-20', '2026-11-25')).toEqual({
      deadline: '2026-11-10',
      declaredOn: '2026-11-20',
      timeliness: 'late',
      late: true,
      daysLate: 10,
      fineRangeCents: { min: 25_000, max: 250_000 },
    });
  });

  test('not declared yet: due on 2026-11-10 itself, overdue by 2 days on 2026-11-12', () => {
    expect(assessDeclarationDeadline('2026-11-02', null, '2026-11-10')).toMatchObject({ timeliness: 'due', late: false, daysLate: 0 });
    expect(assessDeclarationDeadline('2026-11-02', null, '2026-11-12')).toMatchObject({ timeliness: 'overdue', late: true, daysLate: 2 });
  });

  test('the deadline is in calendar days and is not moved off a weekend: accident Friday 2026-11-06, deadline Saturday 2026-11-14', () => {
    expect(declarationDeadline('2026-11-06')).toBe('2026-11-14');
  });

  test('a declaration dated before the accident is refused', () => {
    expect(() => assessDeclarationDeadline('2026-11-02', '2026-11-01', '2026-11-03')).toThrow(RangeError);
  });
});

describe('serious accident: fatal, OR directly caused by an event or an object AND resulting in permanent or temporary injury', () => {
  test('a fatal accident is serious, whatever caused it', () => {
    expect(seriousness('fatal', 'other')).toEqual({ serious: true, reason: { key: 'assessment.seriousness.fatal' } });
  });

  test('caused by an object with a temporary injury is serious; caused by an event with a permanent injury is serious', () => {
    expect(seriousness('temporary_injury', 'object').serious).toBe(true);
    expect(seriousness('permanent_injury', 'event')).toEqual({
      serious: true, reason: { key: 'assessment.seriousness.directCause', params: { cause: 'event', injury: 'permanent_injury' } },
    });
  });

  test('a permanent injury not directly caused by an event or an object is not serious', () => {
    expect(seriousness('permanent_injury', 'other')).toEqual({ serious: false, reason: { key: 'assessment.seriousness.noDirectCause' } });
  });

  test('caused by an object but without injury is not serious', () => {
    expect(seriousness('no_injury', 'object')).toEqual({ serious: false, reason: { key: 'assessment.seriousness.noInjury' } });
  });

  test('the simplified declaration is allowed only for a minor (not serious) accident', () => {
    expect(simplifiedDeclarationAllowed('temporary_injury', 'other')).toBe(true);
    expect(simplifiedDeclarationAllowed('temporary_injury', 'object')).toBe(false);
    expect(simplifiedDeclarationAllowed('fatal', 'other')).toBe(false);
  });
});

describe('obligations towards the labour inspection (Toezicht op het Welzijn op het Werk)', () => {
  test('serious accident on 2026-11-02 with temporary injury: declare by 2026-11-10, detailed report within 10 working days by 2026-11-17 (Armistice skipped)', () => {
    expect(obligations('2026-11-02', 'temporary_injury', 'object').map(({ code, dueDate, immediately }) => ({ code, dueDate, immediately }))).toEqual([
      { code: 'declare_to_insurer', dueDate: '2026-11-10', immediately: false },
      { code: 'detailed_report_to_inspection', dueDate: '2026-11-17', immediately: false },
    ]);
  });

  test('the 10 working days skip Easter Monday: serious accident on Monday 2026-03-30, report due 2026-04-14', () => {
    expect(obligations('2026-03-30', 'temporary_injury', 'event').find((o) => o.code === 'detailed_report_to_inspection')?.dueDate).toBe('2026-04-14');
  });

  test('a fatal accident must be notified to the inspection immediately, on the day of the accident, before anything else', () => {
    expect(obligations('2026-11-02', 'fatal', 'other')[0]).toEqual({
      code: 'notify_inspection_immediately', description: { key: 'assessment.obligation.notifyInspection' }, dueDate: '2026-11-02', immediately: true,
    });
  });

  test('each obligation says its term: 8 days to declare, 10 working days for the detailed report', () => {
    expect(obligations('2026-11-02', 'temporary_injury', 'object').map((o) => o.description)).toEqual([
      { key: 'assessment.obligation.declareToInsurer', params: { days: 8 } },
      { key: 'assessment.obligation.detailedReport', params: { workingDays: 10 } },
    ]);
  });

  test('a permanent injury caused by an object must be notified immediately; a temporary one need not', () => {
    expect(obligations('2026-11-02', 'permanent_injury', 'object').map((o) => o.code)).toContain('notify_inspection_immediately');
    expect(obligations('2026-11-02', 'temporary_injury', 'object').map((o) => o.code)).not.toContain('notify_inspection_immediately');
  });

  test('a minor accident only has to be declared to the insurer', () => {
    expect(obligations('2026-11-02', 'temporary_injury', 'other').map((o) => o.code)).toEqual(['declare_to_insurer']);
  });
});

describe('medical documents', () => {
  test('with temporary incapacity: the certificate of first finding and every certificate of incapacity (incapacity, extension, return to work, relapse)', () => {
    const documents = requiredMedicalDocuments(true);
    expect(documents.map((d) => d.code)).toEqual(['medical_certificate_first_finding', 'incapacity_certificate']);
    expect(documents.map((d) => d.description)).toEqual([
      { key: 'assessment.document.firstFindingCertificate' }, { key: 'assessment.document.incapacityCertificates' },
    ]);
  });

  test('without incapacity only the certificate of first finding is needed', () => {
    expect(requiredMedicalDocuments(false).map((d) => d.code)).toEqual(['medical_certificate_first_finding']);
  });

  test('without the certificates no temporary-incapacity benefit is paid', () => {
    expect(temporaryIncapacityBenefitPayable(['medical_certificate_first_finding'])).toEqual({ payable: false, missing: ['incapacity_certificate'] });
    expect(temporaryIncapacityBenefitPayable([])).toEqual({ payable: false, missing: ['medical_certificate_first_finding', 'incapacity_certificate'] });
    expect(temporaryIncapacityBenefitPayable(['incapacity_certificate', 'medical_certificate_first_finding'])).toEqual({ payable: true, missing: [] });
  });
});

describe('travel costs', () => {
  const byCar = { means: 'other' as const, reason: 'medical' as const, writtenStatement: true };

  test('by car over exactly 5 km nothing is paid: the rule says MORE than 5 km', () => {
    expect(travelReimbursement({ ...byCar, distanceKm: 5 })).toEqual({
      status: 'not_reimbursable', amountCents: 0, reason: { key: 'assessment.travel.tooShort', params: { minimumKm: 5 } },
    });
  });

  test('by car over 5.1 km: 5.1 × €0.2479 = €1.26429, paid €1.26', () => {
    expect(travelReimbursement({ ...byCar, distanceKm: 5.1 })).toEqual({
      status: 'reimbursable', amountCents: 126, reason: { key: 'assessment.travel.perKilometre', params: { distanceKm: 5.1, rateEuros: 0.2479 } },
    });
  });

  test('the trip total is rounded half up to the cent: 10 km = €2.479 → €2.48; 150 km = €37.185 exactly → €37.19', () => {
    expect(kilometreAllowanceCents(10)).toBe(248);
    expect(kilometreAllowanceCents(150)).toBe(3719);
    expect(kilometreAllowanceCents(20)).toBe(496); // €4.958
  });

  test('by car without the written statement of date, reason and kilometres, payment waits for it', () => {
    expect(travelReimbursement({ means: 'other', reason: 'court', distanceKm: 20 })).toEqual({
      status: 'awaiting_proof', amountCents: 496, reason: { key: 'assessment.travel.awaitingWrittenStatement' },
    });
  });

  test('public transport is paid at real cost with the proof of transport', () => {
    expect(travelReimbursement({ means: 'public_transport', reason: 'advising_physician', actualCostCents: 1_250, proofOfTransport: true }))
      .toEqual({ status: 'reimbursable', amountCents: 1_250, reason: { key: 'assessment.travel.realCost' } });
    expect(travelReimbursement({ means: 'public_transport', reason: 'insurer', actualCostCents: 1_250, proofOfTransport: false }))
      .toEqual({ status: 'awaiting_proof', amountCents: 1_250, reason: { key: 'assessment.travel.awaitingProofOfTransport' } });
  });

  test('public transport is paid whatever the distance, even under 5 km', () => {
    expect(travelReimbursement({ means: 'public_transport', reason: 'medical', actualCostCents: 250, proofOfTransport: true, distanceKm: 2 }).amountCents).toBe(250);
  });

  test('an ambulance is paid at real cost only when medically justified', () => {
    expect(travelReimbursement({ means: 'ambulance', reason: 'medical', actualCostCents: 30_000, proofOfTransport: true, medicallyJustified: true }))
      .toEqual({ status: 'reimbursable', amountCents: 30_000, reason: { key: 'assessment.travel.realCost' } });
    expect(travelReimbursement({ means: 'ambulance', reason: 'medical', actualCostCents: 30_000, proofOfTransport: true, medicallyJustified: false }))
      .toEqual({ status: 'not_reimbursable', amountCents: 0, reason: { key: 'assessment.travel.ambulanceNotJustified' } });
  });

  test('only trips asked for by the insurer, its advising physician or a court, or for medical reasons, are paid', () => {
    for (const reason of ['insurer', 'advising_physician', 'court', 'medical'] as const) {
      expect(travelReimbursement({ ...byCar, reason, distanceKm: 10 }).status).toBe('reimbursable');
    }
    expect(travelReimbursement({ ...byCar, reason: 'other', distanceKm: 10 })).toEqual({
      status: 'not_reimbursable', amountCents: 0, reason: { key: 'assessment.travel.reasonNotCovered' },
    });
  });
});

describe('assessWorkplaceAccident', () => {
  test('a serious accident on 2026-11-02 (object, temporary incapacity) declared on 2026-11-11: one plain JSON object for the screen', () => {
    const assessment = assessWorkplaceAccident({
      accidentDate: '2026-11-02',
      declaredOn: '2026-11-11',
      today: '2026-11-11',
      outcome: 'temporary_injury',
      directCause: 'object',
      temporaryIncapacity: true,
    });
    expect(JSON.parse(JSON.stringify(assessment))).toEqual(assessment);
    expect(assessment).toMatchObject({
      declaration: { deadline: '2026-11-10', late: true, daysLate: 1, fineRangeCents: { min: 25_000, max: 250_000 } },
      serious: true,
      seriousReason: { key: 'assessment.seriousness.directCause', params: { cause: 'object', injury: 'temporary_injury' } },
      simplifiedDeclarationAllowed: false,
      obligations: [
        { code: 'declare_to_insurer', dueDate: '2026-11-10' },
        { code: 'detailed_report_to_inspection', dueDate: '2026-11-17' },
      ],
      requiredDocuments: [{ code: 'medical_certificate_first_finding' }, { code: 'incapacity_certificate' }],
    });
  });
});
