import { join } from 'node:path';
import { BankReportRejected, bankReportOf, centsOf, MAX_REPORTED_TRANSFERS } from '../../../domain/sepa/bank-report';
import { endToEndIdOf } from '../../../domain/sepa/credit-transfer';
import { bankAnswerFor } from '../../support/bank-answer';
import { validatesAgainst } from '../../support/xsd';

const CAMT_054_XSD = join(__dirname, '../../fixtures/sepa/camt.054.001.08.xsd');

const paid = endToEndIdOf('3f2c8a1e-5b7d-4c9a-9e21-0a6b4d8f7c13');
const alsoPaid = endToEndIdOf('0b9e6f43-2d1a-4e8c-b7f5-93c2a1d0e846');
const accountClosed = endToEndIdOf('9a7d3c21-6e4f-4b8a-8d10-5c2e7f9a1b34');

const answer = bankAnswerFor([
  { endToEndId: paid, amountCents: 125_050 },
  { endToEndId: alsoPaid, amountCents: 1 },
  { endToEndId: accountClosed, amountCents: 123_456_789, returned: { code: 'AC04', text: 'Account closed' } },
], { messageId: 'CAMT054-20250304-0001', notificationId: 'NTF-1', bookedOn: '2025-03-04' });

/** What the parser must refuse: the code it gives. */
const rejectionOf = (xml: string) => {
  try {
    bankReportOf(xml);
  } catch (error) {
    if (error instanceof BankReportRejected) return error.code;
    throw error;
  }
  return 'accepted';
};

describe('the camt.054.001.08 bank report', () => {
  test('the bank answer used as the bank in tests validates against the ISO 20022 schema', async () => {
    expect(await validatesAgainst(answer, CAMT_054_XSD)).toEqual([]);
    expect(await validatesAgainst(bankAnswerFor([{ endToEndId: paid, amountCents: 5 }], { batchBooking: false }), CAMT_054_XSD)).toEqual([]);
  });

  test('the schema check bites: an entry without its status is not a camt.054', async () => {
    const errors = await validatesAgainst(answer.replace(/<Sts>[\s\S]*?<\/Sts>/, ''), CAMT_054_XSD);
    expect(errors).toEqual([expect.stringMatching(/BookgDt': This element is not expected\. Expected is .*Sts/)]);
  });

  test('booked debits confirm transfers; a return carries its reason code and text', () => {
    expect(bankReportOf(answer)).toEqual({
      messageId: 'CAMT054-20250304-0001',
      notificationIds: ['NTF-1'],
      transfers: [
        { endToEndId: paid, amountCents: 125_050, outcome: 'confirmed', reasonCode: null, reasonText: null, bookedOn: '2025-03-04' },
        { endToEndId: alsoPaid, amountCents: 1, outcome: 'confirmed', reasonCode: null, reasonText: null, bookedOn: '2025-03-04' },
        { endToEndId: accountClosed, amountCents: 123_456_789, outcome: 'returned', reasonCode: 'AC04', reasonText: 'Account closed', bookedOn: '2025-03-04' },
      ],
    });
  });

  test('one entry per transfer (no batch booking) reads the same', () => {
    const single = bankAnswerFor([{ endToEndId: paid, amountCents: 99 }, { endToEndId: alsoPaid, amountCents: 1_000, returned: { code: 'MS03' } }], { batchBooking: false });
    expect(bankReportOf(single).transfers).toEqual([
      { endToEndId: paid, amountCents: 99, outcome: 'confirmed', reasonCode: null, reasonText: null, bookedOn: '2025-03-03' },
      { endToEndId: alsoPaid, amountCents: 1_000, outcome: 'returned', reasonCode: 'MS03', reasonText: null, bookedOn: '2025-03-03' },
    ]);
  });

  test('a return is recognised by its bank transaction code PMNT/ICDT/RRTN even without return information', () => {
    const withoutReturnInfo = bankAnswerFor([{ endToEndId: paid, amountCents: 700, returned: { code: 'AC01' } }]).replace(/<RtrInf>[\s\S]*?<\/RtrInf>/, '');
    expect(bankReportOf(withoutReturnInfo).transfers).toEqual([{ endToEndId: paid, amountCents: 700, outcome: 'returned', reasonCode: null, reasonText: null, bookedOn: '2025-03-03' }]);
  });

  test('a pending debit and an incoming credit confirm nothing', () => {
    const pending = bankAnswerFor([{ endToEndId: paid, amountCents: 700 }]).replace('<Cd>BOOK</Cd>', '<Cd>PDNG</Cd>');
    const incoming = bankAnswerFor([{ endToEndId: paid, amountCents: 700 }]).replace(/<CdtDbtInd>DBIT<\/CdtDbtInd>/g, '<CdtDbtInd>CRDT</CdtDbtInd>');
    expect(bankReportOf(pending).transfers).toEqual([]);
    expect(bankReportOf(incoming).transfers).toEqual([]);
  });

  test('a namespace prefix, escaped text and a NOTPROVIDED end-to-end id are read as the bank meant them', () => {
    const prefixed = bankAnswerFor([{ endToEndId: 'NOTPROVIDED', amountCents: 700, returned: { code: 'AC04', text: 'Compte clôturé & soldé' } }])
      .replace(/<(\/?)([A-Za-z])/g, '<$1c:$2')
      .replace('<c:Document xmlns=', '<c:Document xmlns:c=');
    expect(prefixed).toContain('&amp;');
    expect(bankReportOf(prefixed).transfers).toEqual([
      { endToEndId: null, amountCents: 700, outcome: 'returned', reasonCode: 'AC04', reasonText: 'Compte clôturé & soldé', bookedOn: '2025-03-03' },
    ]);
  });

  test('amounts are read digit by digit into whole cents', () => {
    expect(centsOf('0.01')).toBe(1);
    expect(centsOf('1234567.89')).toBe(123_456_789);
    expect(centsOf('0.29')).toBe(29); // parseFloat('0.29') * 100 is 28.999999999999996
    expect(centsOf('1.1')).toBe(110);
    expect(centsOf('12')).toBe(1_200);
    expect(centsOf('5.10000')).toBe(510);
    expect(centsOf('5.105')).toBeNull();
    expect(centsOf('-5.00')).toBeNull();
    expect(centsOf('1e3')).toBeNull();
    expect(centsOf('999999999999999999.99')).toBeNull(); // beyond exact integers
  });

  test('input that is not a camt.054 is refused with a code', () => {
    expect(rejectionOf('this is not xml')).toBe('not_xml');
    expect(rejectionOf('<Document><BkToCstmrDbtCdtNtfctn>')).toBe('not_xml');
    expect(rejectionOf(answer.replace('camt.054.001.08', 'camt.053.001.08'))).toBe('not_camt054');
    expect(rejectionOf('<?xml version="1.0"?><Invoice xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"/>')).toBe('not_camt054');
    expect(rejectionOf(answer.replace(/<GrpHdr>[\s\S]*?<\/GrpHdr>/, ''))).toBe('not_camt054');
    expect(rejectionOf(answer.replace('<Id>NTF-1</Id>', ''))).toBe('not_camt054');
  });

  test('a DOCTYPE, with or without entities, is refused before parsing: nothing is expanded', () => {
    const billionLaughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>${answer.replace(/^<\?xml[^>]*>/, '').replace('Account closed', '&lol2;')}`;
    expect(rejectionOf(billionLaughs)).toBe('doctype');
    expect(rejectionOf(answer.replace('<Document', '<!doctype Document SYSTEM "file:///etc/passwd"><Document'))).toBe('doctype');
  });

  test('malformed or foreign amounts are refused', () => {
    expect(rejectionOf(answer.replace('>1250.50<', '>1250.505<'))).toBe('malformed_entry');
    expect(rejectionOf(answer.replace('>1250.50<', '>twelve<'))).toBe('malformed_entry');
    expect(rejectionOf(answer.replace(/<TxDtls>\s*<Refs>\s*<PmtInfId>PAY-2025-0001<\/PmtInfId>\s*<EndToEndId>[0-9a-f]+<\/EndToEndId>\s*<\/Refs>\s*<Amt Ccy="EUR">1250.50<\/Amt>/, '<TxDtls><Refs><EndToEndId>x</EndToEndId></Refs>'))).toBe('malformed_entry');
    expect(rejectionOf(answer.replace(/Ccy="EUR">1250.50/, 'Ccy="USD">1250.50'))).toBe('not_euro');
  });

  test(`more than ${MAX_REPORTED_TRANSFERS} transactions in one report are refused`, () => {
    const transfers = Array.from({ length: MAX_REPORTED_TRANSFERS + 1 }, (_, i) => ({ endToEndId: `E2E-${i}`, amountCents: 100 }));
    expect(rejectionOf(bankAnswerFor(transfers))).toBe('too_many_entries');
    expect(bankReportOf(bankAnswerFor(transfers.slice(1))).transfers).toHaveLength(MAX_REPORTED_TRANSFERS);
  });
});
