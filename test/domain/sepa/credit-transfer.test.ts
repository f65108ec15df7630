import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { creditTransferFile, endToEndIdOf, paymentIdOf, type Transfer, type TransferBatch } from '../../../domain/sepa/credit-transfer';
import { sepaText } from '../../../domain/sepa/sepa-text';
import { validatesAgainst } from '../../support/xsd';

const PAIN_001_XSD = join(__dirname, '../../fixtures/sepa/pain.001.001.09.xsd');

const transfer = (overrides: Partial<Transfer> = {}): Transfer => ({
  endToEndId: endToEndIdOf('3f2c8a1e-5b7d-4c9a-9e21-0a6b4d8f7c13'),
  amountCents: 125_050,
  creditorName: 'Jan Peeters',
  iban: 'BE71 0961 2345 6769',
  bic: 'GKCCBEBB',
  communication: '+++123/4567/89002+++',
  ...overrides,
});

const batch = (overrides: Partial<TransferBatch> = {}): TransferBatch => ({
  messageId: 'PAY-2025-0001',
  createdAt: '2025-03-01T10:15:00.000Z',
  executionDate: '2025-03-03',
  debtor: { name: 'Verzekeringen Noord NV', iban: 'BE68 5390 0754 7034', bic: 'GEBABEBB' },
  transfers: [transfer()],
  ...overrides,
});

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => name === 'CdtTrfTxInf' }).parse(xml).Document.CstmrCdtTrfInitn;

describe('the pain.001.001.09 credit transfer file', () => {
  test('validates against the ISO 20022 schema, with and without BICs', async () => {
    const file = creditTransferFile(batch({
      debtor: { name: 'Verzekeringen Noord NV', iban: 'BE68539007547034', bic: null },
      transfers: [transfer(), transfer({ endToEndId: endToEndIdOf('0b9e6f43-2d1a-4e8c-b7f5-93c2a1d0e846'), bic: null, iban: 'NL91ABNA0417164300' })],
    }));
    expect(await validatesAgainst(file, PAIN_001_XSD)).toEqual([]);
  });

  test('the schema check bites: a file missing its debtor account, or with a four-letter currency, is refused', async () => {
    const file = creditTransferFile(batch());
    const withoutDebtorAccount = await validatesAgainst(file.replace(/<DbtrAcct>[\s\S]*?<\/DbtrAcct>/, ''), PAIN_001_XSD);
    expect(withoutDebtorAccount).toEqual([expect.stringMatching(/Element '\{urn:iso:std:iso:20022:tech:xsd:pain\.001\.001\.09\}DbtrAgt': This element is not expected\. Expected is .*DbtrAcct/)]);
    const withWrongCurrency = await validatesAgainst(file.replace('Ccy="EUR"', 'Ccy="EURO"'), PAIN_001_XSD);
    expect(withWrongCurrency.join('\n')).toMatch(/Ccy.*EURO/);
  });

  test('one SEPA payment instruction, batch booked, shared charges, executed on the requested day', () => {
    const { GrpHdr, PmtInf } = parse(creditTransferFile(batch()));
    expect(GrpHdr).toMatchObject({ MsgId: 'PAY-2025-0001', CreDtTm: '2025-03-01T10:15:00.000Z', NbOfTxs: '1', CtrlSum: '1250.50', InitgPty: { Nm: 'Verzekeringen Noord NV' } });
    expect(PmtInf).toMatchObject({
      PmtMtd: 'TRF', BtchBookg: 'true', PmtTpInf: { SvcLvl: { Cd: 'SEPA' } }, ReqdExctnDt: { Dt: '2025-03-03' },
      Dbtr: { Nm: 'Verzekeringen Noord NV' }, DbtrAcct: { Id: { IBAN: 'BE68539007547034' } }, DbtrAgt: { FinInstnId: { BICFI: 'GEBABEBB' } }, ChrgBr: 'SLEV',
    });
  });

  test('each transfer carries the structured communication as a BBA creditor reference, its whole remittance', () => {
    const [tx] = parse(creditTransferFile(batch())).PmtInf.CdtTrfTxInf;
    expect(tx).toEqual({
      PmtId: { EndToEndId: '3f2c8a1e5b7d4c9a9e210a6b4d8f7c13' },
      Amt: { InstdAmt: { '@_Ccy': 'EUR', '#text': '1250.50' } },
      CdtrAgt: { FinInstnId: { BICFI: 'GKCCBEBB' } },
      Cdtr: { Nm: 'Jan Peeters' },
      CdtrAcct: { Id: { IBAN: 'BE71096123456769' } },
      RmtInf: { Strd: { CdtrRefInf: { Tp: { CdOrPrtry: { Cd: 'SCOR' }, Issr: 'BBA' }, Ref: '123456789002' } } },
    });
  });

  test('without a BIC the debtor agent is NOTPROVIDED and the creditor agent is left out', () => {
    const { PmtInf } = parse(creditTransferFile(batch({ debtor: { name: 'Verzekeringen Noord NV', iban: 'BE68539007547034' }, transfers: [transfer({ bic: null })] })));
    expect(PmtInf.DbtrAgt).toEqual({ FinInstnId: { Othr: { Id: 'NOTPROVIDED' } } });
    expect(PmtInf.CdtTrfTxInf[0]).not.toHaveProperty('CdtrAgt');
  });

  test('amounts are written from whole cents: 1 cent is 0.01, 123456789 cents is 1234567.89, the control sum adds them exactly', () => {
    const file = creditTransferFile(batch({
      transfers: [
        transfer({ amountCents: 1 }),
        transfer({ endToEndId: 'E2E-2', amountCents: 123_456_789 }),
        transfer({ endToEndId: 'E2E-3', amountCents: 10 }),
        // 0.1 + 0.2 in floating point would be 0.30000000000000004
        transfer({ endToEndId: 'E2E-4', amountCents: 20 }),
      ],
    }));
    const { GrpHdr, PmtInf } = parse(file);
    expect(PmtInf.CdtTrfTxInf.map((tx: { Amt: { InstdAmt: { '#text': string } } }) => tx.Amt.InstdAmt['#text'])).toEqual(['0.01', '1234567.89', '0.10', '0.20']);
    expect(GrpHdr.CtrlSum).toBe('1234568.20');
    expect(PmtInf.CtrlSum).toBe('1234568.20');
    expect(GrpHdr.NbOfTxs).toBe('4');
  });

  test('names are written in the SEPA character set: accents transliterated, an ampersand as +, the rest dropped, at most 70 characters', async () => {
    const file = creditTransferFile(batch({
      debtor: { name: 'Assurances Générales & Cie', iban: 'BE68539007547034' },
      transfers: [transfer({ creditorName: 'Zoë Dupont-Éléonore & Fils <SPRL> "Ødegård" Straße' })],
    }));
    const { GrpHdr, PmtInf } = parse(file);
    expect(GrpHdr.InitgPty.Nm).toBe('Assurances Generales + Cie');
    expect(PmtInf.CdtTrfTxInf[0].Cdtr.Nm).toBe('Zoe Dupont-Eleonore + Fils SPRL Odegard Strasse');
    expect(file).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)|<SPRL>/);
    expect(sepaText('x'.repeat(80), 70)).toHaveLength(70);
    expect(sepaText('Çağlar Öztürk', 70)).toBe('Caglar Ozturk');
    expect(await validatesAgainst(file, PAIN_001_XSD)).toEqual([]);
  });

  test('a batch without transfers is refused', () => {
    expect(() => creditTransferFile(batch({ transfers: [] }))).toThrow(new RangeError('A credit transfer file needs at least one transfer'));
  });

  test('a bad IBAN or BIC, for the creditor or the debtor, is refused and named', () => {
    expect(() => creditTransferFile(batch({ transfers: [transfer({ iban: 'BE71096123456768' })] }))).toThrow(/Invalid IBAN for the creditor of 3f2c8a1e/);
    expect(() => creditTransferFile(batch({ transfers: [transfer({ bic: 'GKCC1EBB' })] }))).toThrow(/Invalid BIC for creditor/);
    expect(() => creditTransferFile(batch({ debtor: { name: 'Noord', iban: 'BE68539007547035' } }))).toThrow(/Invalid IBAN for the debtor/);
    expect(() => creditTransferFile(batch({ debtor: { name: 'Noord', iban: 'BE68539007547034', bic: 'NOTABIC' } }))).toThrow(/Invalid BIC for the debtor/);
  });

  test('a structured communication with a wrong check or shape is refused', () => {
    expect(() => creditTransferFile(batch({ transfers: [transfer({ communication: '+++123/4567/89003+++' })] }))).toThrow(/no valid structured communication/);
    expect(() => creditTransferFile(batch({ transfers: [transfer({ communication: 'claim 2025-000123' })] }))).toThrow(RangeError);
  });

  test('an amount that is zero, negative, fractional or beyond the SEPA maximum is refused', () => {
    for (const amountCents of [0, -100, 12.5, Number.NaN, 100_000_000_000]) {
      expect(() => creditTransferFile(batch({ transfers: [transfer({ amountCents })] }))).toThrow(/must be a whole number of cents/);
    }
  });

  test('identifiers outside the SEPA rules, a bad date or a name with nothing left are refused', () => {
    expect(() => creditTransferFile(batch({ messageId: 'x'.repeat(36) }))).toThrow(/message id/);
    expect(() => creditTransferFile(batch({ transfers: [transfer({ endToEndId: 'A//B' })] }))).toThrow(/end-to-end id/);
    expect(() => creditTransferFile(batch({ transfers: [transfer({ endToEndId: 'a<b' })] }))).toThrow(/end-to-end id/);
    expect(() => creditTransferFile(batch({ executionDate: '2025-02-30' }))).toThrow(RangeError);
    expect(() => creditTransferFile(batch({ createdAt: 'yesterday' }))).toThrow(/creation time/);
    expect(() => creditTransferFile(batch({ transfers: [transfer({ creditorName: '王小明' })] }))).toThrow(/no character a SEPA bank accepts/);
  });
});

describe('end-to-end ids', () => {
  test('a payment id becomes 32 hex characters and comes back from them', () => {
    expect(endToEndIdOf('3F2C8A1E-5B7D-4C9A-9E21-0A6B4D8F7C13')).toBe('3f2c8a1e5b7d4c9a9e210a6b4d8f7c13');
    expect(paymentIdOf('3f2c8a1e5b7d4c9a9e210a6b4d8f7c13')).toBe('3f2c8a1e-5b7d-4c9a-9e21-0a6b4d8f7c13');
    expect(paymentIdOf('3F2C8A1E5B7D4C9A9E210A6B4D8F7C13')).toBe('3f2c8a1e-5b7d-4c9a-9e21-0a6b4d8f7c13');
  });

  test('an end-to-end id that is not one of ours names no payment, and a non-uuid has no end-to-end id', () => {
    expect(paymentIdOf('NOTPROVIDED')).toBeNull();
    expect(paymentIdOf('3f2c8a1e-5b7d-4c9a-9e21-0a6b4d8f7c13')).toBeNull();
    expect(paymentIdOf('3f2c8a1e5b7d4c9a9e210a6b4d8f7c1')).toBeNull();
    expect(() => endToEndIdOf('payment-42')).toThrow(RangeError);
  });
});
