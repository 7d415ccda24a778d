/**
 * The one text rule every importer applies before text is stored: no control characters other
 * than line feed and tab, and never a lone surrogate (half of a UTF-16 pair, which no encoder can
 * write back). Replacements keep the text's length, so offsets found before cleaning stay valid. NFC and line ends are `normalise.ts`'s part. What was changed is counted so the
 * importer can tell the user.
 */

/** C0 controls other than tab and line feed, DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- as CONTROL, plus surrogates, for a quick test
const ANY_SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF]/;

export interface CleanedText {
  text: string;
  /** Control characters replaced by a space (a form feed by a line break). */
  controls: number;
  /** Lone surrogates replaced by U+FFFD. */
  surrogates: number;
}

/**
 * `raw` under the text rule: CRLF and CR become `\n`, then as `cleanInPlace`. Linear; text with
 * nothing to clean is returned as it is.
 */
export function cleanText(raw: string): CleanedText {
  return cleanInPlace(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
}

/**
 * The text rule one code unit for one, so offsets into `text` stay valid: a form feed becomes
 * `\n`, other controls a space (the words either side stay apart), a lone surrogate U+FFFD.
 */
export function cleanInPlace(raw: string): CleanedText {
  if (!ANY_SUSPECT.test(raw)) return { text: raw, controls: 0, surrogates: 0 };
  let controls = 0;
  let surrogates = 0;
  const text = raw
    .replace(CONTROL, (c) => {
      controls += 1;
      return c === '\f' ? '\n' : ' ';
    })
    .replace(LONE_SURROGATE, () => {
      surrogates += 1;
      return '\uFFFD';
    });
  return { text, controls, surrogates };
}

/** Whether `text` already keeps the rule (`\n` and tab the only controls, no lone surrogate). */
export function keepsTextRule(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- as CONTROL, without the global flag
  return !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(text) && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** The warning telling the user what the rule changed, or none. */
export function cleaningWarnings(cleaned: Pick<CleanedText, 'controls' | 'surrogates'>): string[] {
  const warnings: string[] = [];
  const { controls, surrogates } = cleaned;
  if (controls > 0) warnings.push(`${controls} control ${controls === 1 ? 'character was' : 'characters were'} replaced by spaces`);
  if (surrogates > 0) warnings.push(`${surrogates} broken ${surrogates === 1 ? 'character (half a UTF-16 pair) was' : 'characters (halves of UTF-16 pairs) were'} replaced by �`);
  return warnings;
}
