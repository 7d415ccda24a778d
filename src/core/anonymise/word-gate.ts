/**
 * A cheap pre-check that lets a redactor with hundreds of rules skip most of them on a short
 * quote: a whole-word rule can only match a text containing its first word. The check must
 * never skip a rule that would match, so it is used only where folding is known to agree with
 * the regular expression's case-insensitive matching: terms written in ASCII, compared with
 * the text's words after NFKC (which turns `ſ` into `s` and the Kelvin sign into `K`) and lower-casing.
 */

const NON_WORD = /[^\p{L}\p{N}\p{M}]+/u;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** The word a text must contain for the rule to match, or null when the rule must always run. */
export function gateWord(term: string, wholeWord: boolean): string | null {
  if (!wholeWord || !ASCII.test(term)) return null;
  const first = /[A-Za-z0-9]+/.exec(term);
  return first ? first[0].toLowerCase() : null;
}

/** The text's words, folded, each also without a plural `s`/`es` (so `Meltons` opens `melton`). */
export function textWordKeys(text: string): Set<string> {
  const keys = new Set<string>();
  const ascii = ASCII.test(text);
  // Lower-casing ASCII text moves no word boundary; otherwise fold word by word, so NFKC
  // cannot join a symbol to the word beside it.
  for (const token of (ascii ? text.toLowerCase() : text).split(NON_WORD)) {
    if (token === '') continue;
    const word = ascii ? token : token.normalize('NFKC').toLowerCase();
    keys.add(word);
    if (word.endsWith('s')) keys.add(word.slice(0, -1));
    if (word.endsWith('es')) keys.add(word.slice(0, -2));
  }
  return keys;
}
