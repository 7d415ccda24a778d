import { chanceCorrected } from './validate';
import { assertSpans, coveredLength, intersectionLength, mergeSpans } from './spans';

/**
 * NVivo's character-level coding comparison for one code in one text (NVivo "Run a coding
 * comparison query": "How is the percentage agreement calculated?" and "How is the Kappa
 * coefficient calculated?"): every character is a unit that each coder either coded with the
 * code or not. Agreement is the share of characters on which they agree, both coded or both not;
 * kappa is Cohen's kappa of that 2 × 2 table (NVivo's ΣEF is the chance term in characters).
 * Where neither coder coded anything, or both coded everything, chance agreement is total and
 * kappa is undefined (null); NVivo prints 1 there, which is what lets uncoded text pass for
 * agreement.
 */
export function characterAgreement(length: number, a: [number, number][], b: [number, number][]): { agreement: number; kappa: number | null } {
  if (!Number.isInteger(length) || length <= 0) throw new RangeError(`characterAgreement: a text of ${length} characters has no characters to compare`);
  assertSpans(a, length, 'characterAgreement (coder A)');
  assertSpans(b, length, 'characterAgreement (coder B)');
  const ma = mergeSpans(a);
  const mb = mergeSpans(b);
  const codedA = coveredLength(ma);
  const codedB = coveredLength(mb);
  const both = intersectionLength(ma, mb);
  const neither = length - codedA - codedB + both;
  const agreement = (both + neither) / length;
  const pe = (codedA * codedB + (length - codedA) * (length - codedB)) / (length * length);
  return { agreement, kappa: chanceCorrected(agreement, pe) };
}
