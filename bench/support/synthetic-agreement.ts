import type { AgreementCoding, AgreementDocument } from '../../src/core/agreement';
import { prng } from './prng';

/**
 * A two-coder study for the agreement benchmark: `documents` transcripts of `length` characters
 * with turns of about 300 characters, `codes` codes, and `codingsPerCoder` codings by the first
 * coder; the second coder redoes each coding with its boundaries moved by up to 40 characters,
 * skips one in ten, gives one in twenty another code, and adds one in ten of her own.
 */
export function syntheticAgreementStudy(seed: number, documents = 200, length = 100_000, codes = 50, codingsPerCoder = 50_000) {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const docs: AgreementDocument[] = [];
  for (let d = 0; d < documents; d++) {
    const turns = [];
    for (let at = 0; at < length; ) {
      const end = Math.min(length, at + 150 + int(300));
      turns.push({ start: at, end, speaker: turns.length % 2 ? 'P' : 'I' });
      at = end + 2;
    }
    docs.push({ id: `doc${d}`, length, turns });
  }
  const codeIds = Array.from({ length: codes }, (_, i) => `code${i}`);
  const codings: AgreementCoding[] = [];
  const clamp = (x: number) => Math.max(0, Math.min(length, x));
  for (let i = 0; i < codingsPerCoder; i++) {
    const documentId = `doc${int(documents)}`;
    const codeId = codeIds[int(codes)]!;
    const start = int(length - 2_000);
    const end = start + 50 + int(1_500);
    codings.push({ coderId: 'a', documentId, codeId, start, end });
    if (random() < 0.1) continue;
    const s = clamp(start + int(81) - 40);
    const e = clamp(end + int(81) - 40);
    codings.push({ coderId: 'b', documentId, codeId: random() < 0.05 ? codeIds[int(codes)]! : codeId, start: Math.min(s, e), end: Math.max(s, e) });
    if (random() < 0.1) {
      const extra = int(length - 2_000);
      codings.push({ coderId: 'b', documentId: `doc${int(documents)}`, codeId: codeIds[int(codes)]!, start: extra, end: extra + 50 + int(1_000) });
    }
  }
  return { coderIds: ['a', 'b'], documents: docs, codeIds, codings };
}
