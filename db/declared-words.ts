/**
 * The words of everything declared (every string and number in a declaration's data, lower-cased, keys left out),
 * as PostgreSQL's 'simple' text search configuration splits them: what the customer's free text finds a claim by.
 * The index of db/migrations/20261205000000_customer-list-search.ts is on this very expression, so the list's
 * condition must be written with it unchanged for PostgreSQL to use that index.
 */
export const declaredWords = (data = 'data') => `jsonb_to_tsvector('simple', ${data}, '["string", "numeric"]')`;

/**
 * The text a customer typed as a query for words that begin with each of its words ("peet" finds Peeters), split by
 * the same parser as the declarations, so a plate, a hyphenated name or an e-mail address is cut the same way on both
 * sides. Each word is quoted as a tsquery lexeme; no word (only punctuation): an empty string.
 */
export const wordPrefixQuery = `
  select coalesce(string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || ''':*', ' & '), '') as query
  from unnest(to_tsvector('simple', ?))`;
