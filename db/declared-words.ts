import type { Knex } from 'knex';

/**
 * The words of everything declared (every string and number in a declaration's data, lower-cased, keys left out), as
 * PostgreSQL's 'simple' text search configuration splits them: what the customer's free text finds a claim by. Kept
 * per submitted declaration in `declaration_words` (db/migrations/20261206000000_declaration-words.ts).
 */

/** The free text as word queries (tsquery text); empty when absent. */
export interface FreeTextWords {
  indexed: string;
  checked: string;
}

/** A word that more declarations than this hold is checked on the other words' matches rather than read from the index. */
const commonShare = 0.05;

/**
 * The text a customer typed as word queries: every word matches words that begin with it ("peet" finds Peeters). Split
 * by the same parser as the declarations, so a plate, a hyphenated name or an e-mail address is cut the same way on
 * both sides; each word quoted as a tsquery lexeme. `indexed` is read from the index; `checked`, the words nearly every
 * declaration holds ("dossier"), only checked on those matches: read from the index, a common word's whole posting
 * list was read (30 ms at a million claims) to intersect it with a rare word's thousand matches. How common a word is
 * comes from PostgreSQL's statistics of the column (its most common elements); without them every word is indexed.
 * No word (only punctuation): both empty.
 */
export async function freeTextWords(knex: Knex, text: string | undefined): Promise<FreeTextWords> {
  if (!text) return { indexed: '', checked: '' };
  const { rows } = await knex.raw(`
    with common as (
      select e.word, e.share from pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(word, share)
      where s.schemaname = current_schema() and s.tablename = 'declaration_words' and s.attname = 'words'
    )
    select '''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || ''':*' as word,
      coalesce((select max(share) from common where starts_with(common.word, lexeme)), 0) as share
    from unnest(to_tsvector('simple', ?))`, [text]) as { rows: { word: string; share: number }[] };
  const rare = rows.filter((row) => row.share < commonShare);
  const indexed = rare.length ? rare : rows; // only common words: the index it is, nothing narrower to check them on
  const query = (words: { word: string }[]) => words.map((row) => row.word).join(' & ');
  return { indexed: query(indexed), checked: query(rows.filter((row) => !indexed.includes(row))) };
}
