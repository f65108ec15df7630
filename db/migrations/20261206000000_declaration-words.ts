import type { Knex } from 'knex';

/**
 * The declared words of each submitted declaration (db/declared-words.ts) kept in a table of their own instead of
 * computed where they are read (issue 13 §2; figures and plans in the README). A search for two words, one of them in
 * nearly every claim ("Vander dossier"), took 190 ms at a million claims: PostgreSQL re-derived the words of each of
 * the 1,000 matches (38 µs each) to check them, and read the common word's whole posting list. Stored, a check is a
 * read of the row, and the common word is checked on the rare word's matches instead of read from the index
 * (api/claims/customer-list.ts). Not a column of `declarations`: every read of a declaration would carry its words,
 * medical ones included, wherever the row is sent. Kept by a trigger in the transaction that writes the declaration.
 */
const words = (data: string) => `jsonb_to_tsvector('simple', ${data}, '["string", "numeric"]')`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw("set local maintenance_work_mem = '256MB'");
  await knex.raw(`
    create table declaration_words (
      declaration_id uuid primary key references declarations (id) on delete cascade,
      organisation_id uuid not null,
      words tsvector not null
    )`);
  await knex.raw(`
    create function declaration_words_follow() returns trigger language plpgsql as $$
    begin
      if new.submitted_at is null then -- a draft is searched by no one
        if tg_op = 'UPDATE' and old.submitted_at is not null then delete from declaration_words where declaration_id = new.id; end if;
        return null;
      end if;
      -- A projection's write sets the data it already had: no new words, no index entry to write again.
      if tg_op = 'UPDATE' and old.submitted_at is not null and new.data = old.data and new.organisation_id = old.organisation_id then return null; end if;
      insert into declaration_words values (new.id, new.organisation_id, ${words('new.data')})
      on conflict (declaration_id) do update set organisation_id = excluded.organisation_id, words = excluded.words;
      return null;
    end $$`);
  await knex.raw('create trigger declaration_words_follow after insert or update of data, organisation_id, submitted_at on declarations for each row execute function declaration_words_follow()');
  await knex.raw(`insert into declaration_words select id, organisation_id, ${words('data')} from declarations where submitted_at is not null`);
  // The organisation first (btree_gin): a search reads that organisation's matches only.
  await knex.raw('create index declaration_words_organisation on declaration_words using gin (organisation_id, words)');
  await knex.raw('drop index if exists declarations_organisation_declared_words');
  // Which words are common is read from the statistics of `words` (most_common_elems): gathered now, not at the next autovacuum.
  await knex.raw('analyze declaration_words');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`create index declarations_organisation_declared_words on declarations using gin (organisation_id, (${words('data')})) where submitted_at is not null`);
  await knex.raw('drop trigger declaration_words_follow on declarations');
  await knex.raw('drop function declaration_words_follow');
  await knex.raw('drop table declaration_words');
}
