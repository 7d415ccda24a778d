import { put, remove, type Change } from '../changes';
import type { Id, RedactionRule, Segment } from '../model';

export interface NewRedaction {
  term: string;
  replacement: string;
  caseSensitive?: boolean;
  wholeWord?: boolean;
}

/** Adds redaction rules (one or many accepted suggestions), skipping terms already listed. */
export function addRedactions(existing: readonly RedactionRule[], projectId: Id, rules: readonly NewRedaction[], newId: () => string, now: number): { added: number; changes: Change[] } {
  const seen = new Set(existing.map((r) => r.term.toLocaleLowerCase()));
  const changes: Change[] = [];
  for (const [i, r] of rules.entries()) {
    const term = r.term.trim();
    if (!term || seen.has(term.toLocaleLowerCase())) continue;
    seen.add(term.toLocaleLowerCase());
    changes.push(put('redactions', {
      id: newId(), projectId, term, replacement: r.replacement, caseSensitive: r.caseSensitive ?? false,
      wholeWord: r.wholeWord ?? true, createdAt: now + i,
    } satisfies RedactionRule));
  }
  return { added: changes.length, changes };
}

export function updateRedaction(rule: RedactionRule, patch: Partial<NewRedaction>): Change[] {
  return [put('redactions', { ...rule, ...patch })];
}

export function deleteRedaction(id: Id): Change[] {
  return [remove('redactions', id)];
}

/** Quote references assigned at export, stored on segments that have none yet. */
export function assignQuoteRefs(segments: readonly (Segment | undefined)[], refs: readonly { segmentId: Id; quoteRef: string }[]): Change[] {
  const byId = new Map(segments.flatMap((s) => (s ? [[s.id, s] as const] : [])));
  return refs.flatMap(({ segmentId, quoteRef }) => {
    const s = byId.get(segmentId);
    return s && !s.quoteRef ? [put('segments', { ...s, quoteRef })] : [];
  });
}
