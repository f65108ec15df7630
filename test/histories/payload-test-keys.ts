/**
 * The key that encrypts the payloads of recorded histories (scripts/record-histories.ts) and lets the
 * determinism gate decode them. A test key, committed on purpose: it never seals real data.
 */
export const historiesPayloadKeys = 'histories-test-1:N41T63UsKH4T3dhTtack6qR9Dii0FlNzFMvv50yWVEQ=';
