import type { CodeDescription } from '../../core/model';

/**
 * Verbatim's four-part code description travels as one REFI-QDA `Description`: the definition,
 * then each other part as a paragraph with a label. Only files Verbatim wrote are split back
 * into parts; any other tool's description is the definition, whole.
 */

const LABELS = [
  ['whenToUse', 'When to use'],
  ['whenNotToUse', 'When not to use'],
  ['example', 'Example'],
] as const;

const SECTION = /(^|\n\n)(When to use|When not to use|Example): /g;

/** One text for a description: parts that are empty are left out; undefined when all are. */
export function composeDescription(description: CodeDescription): string | undefined {
  const parts = description.definition ? [description.definition] : [];
  for (const [key, label] of LABELS) {
    if (description[key]) parts.push(`${label}: ${description[key]}`);
  }
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/**
 * The inverse of `composeDescription` when `labelled` (a file written by Verbatim); otherwise
 * the whole text becomes the definition. A definition that itself contains a blank line
 * followed by one of the labels would be split there.
 */
export function parseDescription(text: string | undefined, labelled: boolean): CodeDescription {
  const out: CodeDescription = { definition: '', whenToUse: '', whenNotToUse: '', example: '' };
  if (!text) return out;
  if (!labelled) return { ...out, definition: text };
  const marks = [...text.matchAll(SECTION)];
  out.definition = text.slice(0, marks[0]?.index ?? text.length);
  marks.forEach((mark, i) => {
    const start = mark.index + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    const key = LABELS.find(([, label]) => label === mark[2])![0];
    out[key] = text.slice(start, end);
  });
  return out;
}
