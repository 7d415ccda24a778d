/**
 * Regular expressions for identifiers that follow a format: e-mail addresses, UK telephone
 * numbers, UK postcodes and web addresses. They favour finding too much over too little:
 * everything they find is only a suggestion for a person to accept.
 */

export type PatternKind = 'email' | 'phone' | 'postcode' | 'url';

/** A match in a text: `[start, end)` in UTF-16 code units, and the matched text. */
export interface PatternMatch {
  kind: PatternKind;
  start: number;
  end: number;
  text: string;
}

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** `http(s)://…` and `www.…`, up to white space or a quote mark. */
export const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"“”‘’]+/giu;

/** Bare domains on common UK and generic endings, such as `meltoncouncil.gov.uk`. */
export const BARE_DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.uk|nhs\.uk|org\.uk|co\.uk|ac\.uk|police\.uk|com|org|net|uk)\b/giu;

/**
 * UK postcodes (`SW1A 1AA`, `LE13 0UL`, `m1 1ae`): outward code, optional space, inward code
 * whose letters skip C, I, K, M, O and V as Royal Mail's do.
 */
export const UK_POSTCODE = new RegExp(
  `${NOT_AFTER_WORD}(?:GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})${NOT_BEFORE_WORD}`,
  'giu',
);

const SEP = '[ \\u00a0-]?';

/**
 * UK telephone numbers: 0 or +44 (optionally `+44 (0)`), then ten digits grouped 4-3-3, 3-3-4,
 * 2-4-4 or 4-6 (`01632 960 123`, `0161 496 0000`, `020 7946 0000`, `07700 900123`), with spaces
 * or hyphens between groups and optional brackets round the area code.
 */
export const UK_PHONE = new RegExp(
  '(?<![\\d+])(?:\\+44[ \\u00a0]?(?:\\(0\\)[ \\u00a0]?)?\\(?|\\(?0)' +
    `(?:\\d{4}\\)?${SEP}\\d{3}${SEP}\\d{3}|\\d{3}\\)?${SEP}\\d{3}${SEP}\\d{4}|\\d{2}\\)?${SEP}\\d{4}${SEP}\\d{4}|\\d{4}\\)?${SEP}\\d{6})` +
    '(?!\\d)',
  'gu',
);

/** Trailing characters that end a sentence rather than a web address. */
const URL_TRAILING = /[.,;:!?)\]}]+$/u;

/**
 * Every pattern match in `text`, sorted by start. A web address inside an e-mail address is
 * not reported separately.
 */
export function findPatterns(text: string): PatternMatch[] {
  const out: PatternMatch[] = [...collect(text, EMAIL, 'email'), ...collect(text, UK_PHONE, 'phone'), ...collect(text, UK_POSTCODE, 'postcode')];
  const emails = out.filter((m) => m.kind === 'email');
  const urls = [...collect(text, URL_WITH_SCHEME, 'url'), ...collect(text, BARE_DOMAIN, 'url')]
    .map(trimUrl)
    .filter((u) => !emails.some((e) => e.start <= u.start && u.end <= e.end));
  for (const url of urls) if (!out.some((m) => m.kind === 'url' && m.start <= url.start && url.end <= m.end)) out.push(url);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function collect(text: string, pattern: RegExp, kind: PatternKind): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const m of text.matchAll(pattern)) out.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function trimUrl(m: PatternMatch): PatternMatch {
  const trimmed = m.text.replace(URL_TRAILING, '');
  return { ...m, text: trimmed, end: m.start + trimmed.length };
}
