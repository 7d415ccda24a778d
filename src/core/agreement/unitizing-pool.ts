import type { Span } from './spans';
import { popcount } from './tally';
import type { UnitRow } from './units';
import { categoryDisagreement, type CategoryDisagreement } from './unitizing-2004';
import { addParts, binaryUnitizingAlpha, emptyParts, familyAlphas, familyParts, type FamilyParts } from './unitizing-2016';

/**
 * The unitizing coefficients of the agreement table, per code × document, per code with the
 * documents laid end to end as one continuum, and overall. Krippendorff's (2004) uα is not
 * additive over documents (its expected disagreement depends on every gap), so each code keeps
 * its units on the pooled continuum; the 2016 family is (see `familyParts`), so it adds up.
 */

export interface UnitizingFigures {
  unitizingAlpha: number | null;
  binaryUAlpha: number | null;
  uAlpha: number | null;
  cuAlpha: number | null;
}

/** |u-α of one code: gap/coded coincidences and the corrections, additive over documents. */
interface BinaryParts {
  l: Float64Array;
  gaps: number;
  coded: number;
}

const alpha2004 = (d: CategoryDisagreement) => (d.expected > 0 ? 1 - d.observed / d.expected : null);

export class UnitizingPool {
  private length = 0;
  private readonly codeIds: Map<string, number>;
  /** Each code's units per coder on the pooled continuum, for its 2004 uα. */
  private readonly pooledUnits = new Map<string, [number, number][][]>();
  private readonly binary = new Map<string, BinaryParts>();
  private readonly family: FamilyParts;
  private offset = 0;

  constructor(private readonly coders: number, codeIds: readonly string[]) {
    this.codeIds = new Map(codeIds.map((id, i) => [id, i + 1] as const));
    this.family = emptyParts(codeIds.length + 1);
  }

  /** Starts a document where every coder has data: `byCode` holds each code's spans per coder. */
  addDocument(length: number, byCode: ReadonlyMap<string, readonly (readonly Span[])[]>): void {
    this.offset = this.length;
    this.length += length;
    const perCoder: [number, number, string][][] = Array.from({ length: this.coders }, () => []);
    for (const [codeId, spans] of byCode) spans.forEach((list, i) => { for (const [s, e] of list) perCoder[i]!.push([s, e, codeId]); });
    addParts(this.family, familyParts(length, perCoder, this.codeIds));
  }

  /**
   * Adds one code of the current document (`merged`: its spans per coder, sorted and merged;
   * `rows`: its character runs) and returns that code × document's figures.
   */
  addCode(codeId: string, length: number, merged: readonly (readonly Span[])[], rows: readonly UnitRow[]): UnitizingFigures {
    let pooled = this.pooledUnits.get(codeId);
    if (!pooled) this.pooledUnits.set(codeId, (pooled = Array.from({ length: this.coders }, () => [])));
    merged.forEach((spans, i) => { for (const [s, e] of spans) pooled[i]!.push([s + this.offset, e + this.offset]); });

    const parts = binaryParts(this.coders, length, merged, rows);
    const total = this.binary.get(codeId);
    if (!total) this.binary.set(codeId, parts);
    else {
      for (let i = 0; i < 4; i++) total.l[i]! += parts.l[i]!;
      total.gaps += parts.gaps;
      total.coded += parts.coded;
    }
    return {
      unitizingAlpha: this.coders === 2 ? alpha2004(categoryDisagreement(merged, 0, length)) : null,
      binaryUAlpha: binaryUnitizingAlpha(parts.l, parts.gaps, parts.coded),
      uAlpha: null,
      cuAlpha: null,
    };
  }

  private disagreement2004(codeId: string): CategoryDisagreement | null {
    const units = this.pooledUnits.get(codeId);
    return units && this.length > 0 && this.coders === 2 ? categoryDisagreement(units, 0, this.length) : null;
  }

  /** A code's figures over every complete document laid end to end. */
  pooledCode(codeId: string): UnitizingFigures {
    const d = this.disagreement2004(codeId);
    const parts = this.binary.get(codeId);
    return {
      unitizingAlpha: d ? alpha2004(d) : null,
      binaryUAlpha: parts ? binaryUnitizingAlpha(parts.l, parts.gaps, parts.coded) : null,
      uAlpha: null,
      cuAlpha: null,
    };
  }

  /** All codes over every complete document: 2004 uα = 1 − ΣDo/ΣDe, and the 2016 family. */
  pooledAll(): UnitizingFigures {
    if (this.length === 0) return { unitizingAlpha: null, binaryUAlpha: null, uAlpha: null, cuAlpha: null };
    let observed = 0;
    let expected = 0;
    for (const codeId of this.codeIds.keys()) {
      const d = this.disagreement2004(codeId);
      if (d) {
        observed += d.observed;
        expected += d.expected;
      }
    }
    return { unitizingAlpha: this.coders === 2 && expected > 0 ? 1 - observed / expected : null, ...familyAlphas(this.family) };
  }
}

/** Gap/coded coincidences of one code from its character runs, and its sections' corrections. */
function binaryParts(m: number, length: number, merged: readonly (readonly Span[])[], rows: readonly UnitRow[]): BinaryParts {
  const l = new Float64Array(4);
  for (const { coded, weight } of rows) {
    const yes = popcount(coded);
    const no = m - yes;
    l[0]! += (weight * no * (no - 1)) / (m - 1);
    l[1]! += (weight * no * yes) / (m - 1);
    l[2]! += (weight * no * yes) / (m - 1);
    l[3]! += (weight * yes * (yes - 1)) / (m - 1);
  }
  let gaps = 0;
  let coded = 0;
  for (const spans of merged) {
    let covered = 0;
    for (const [s, e] of spans) {
      covered += e - s;
      coded += (e - s) * (e - s);
    }
    gaps += length - covered;
  }
  return { l, gaps, coded };
}
