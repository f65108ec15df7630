import fs from 'node:fs';
import path from 'node:path';
import { decodeHistory } from '../../api/audit/decode-history';
import { timelineOf } from '../../api/audit/timeline';
import { payloadDataConverter } from '../../runtime/codec/data-converter';
import { parsePayloadKeys } from '../../runtime/codec/payload-keys';
import { historyFromJson } from '../../runtime/history-json';
import { historiesPayloadKeys } from '../histories/payload-test-keys';

/** A history of the generation whose quick work runs as local activities (2026-12-02): markers, not activity events. */
async function sentencesOf(file: string): Promise<string[]> {
  const history = historyFromJson(JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'histories', '2026-12-02-fast-path', file), 'utf8')));
  await decodeHistory(history, payloadDataConverter(parsePayloadKeys(historiesPayloadKeys)).payloadCodecs ?? []);
  return timelineOf(history).map((entry) => entry.summary);
}

test('a claim opened by a local activity still reads as opened, with its number and handler, once', async () => {
  const sentences = await sentencesOf('declaration-reserved-then-accepted.json');
  expect(sentences.filter((sentence) => /^Claim .* was opened, handled by Hanne De Smet$/.test(sentence))).toHaveLength(1);
  expect(sentences).toContain('The claim number and the handler were mailed to the contact');
});

test("a claim's cover check, diary facts, screening and catastrophe lookup read from their markers; the ledger writes stay machinery", async () => {
  const sentences = await sentencesOf('claim-refused-decision-then-accepted.json');
  expect(sentences).toEqual(expect.arrayContaining([
    'The cover of the claim was checked against the policy: not verified',
    "The claim read its declaration's documents for the diary's rules",
    'The claim was screened for fraud: 0 indicators, 0 possible duplicates',
    'No declared catastrophe event concerns the claim',
  ]));
  expect(sentences.some((sentence) => /projectClaim/.test(sentence))).toBe(false);
});
