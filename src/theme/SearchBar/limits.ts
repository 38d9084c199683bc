/**
 * The longest search the site runs. The search index answers a query in well under a second up to a few hundred
 * characters, but one long word costs time that grows with the square of its length (3,000 characters: about
 * 40 s in the search worker, which blocks every later search). No real query comes near this limit.
 */
export const MAX_QUERY_LENGTH = 200;

/** Caps the length of the search inputs matched by `selector`, so typing or pasting stops at the limit. */
export function limitSearchInputs(selector: string): void {
  document.querySelectorAll<HTMLInputElement>(selector).forEach((input) => {
    input.maxLength = MAX_QUERY_LENGTH;
  });
}
