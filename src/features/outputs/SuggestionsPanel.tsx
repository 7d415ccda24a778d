import { useMemo, useState } from 'react';
import type { ProjectBundle } from '../../core/bundle';
import type { RedactionSuggestion } from '../../core/anonymise/suggest';
import { SUGGESTION_KINDS } from '../../core/anonymise/suggestion-kinds';
import { termKey, validateRule } from '../../core/anonymise/redact';
import { addRedactions } from '../../storage/redactions';
import { kindInfo } from './suggestion-kinds';
import { SuggestionItem } from './SuggestionItem';
import { useSuggestions } from './use-suggestions';
import { useTracked } from './use-tracked';

/** Items listed per kind before "Show all". */
const FIRST = 12;

/** Finds words that may identify someone and lets the user accept them into the redaction list, or reject them. */
export function SuggestionsPanel({ projectId, bundle }: { projectId: string; bundle: ProjectBundle | undefined }) {
  const { state, find, rejected, reject } = useSuggestions(projectId);
  const { run, announce } = useTracked();
  const [replacements, setReplacements] = useState<ReadonlyMap<string, string>>(new Map());
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const rules = useMemo(() => bundle?.redactions ?? [], [bundle]);
  const texts = useMemo(() => new Map((bundle?.texts ?? []).map((t) => [t.documentId, t] as const)), [bundle]);
  const documents = useMemo(() => new Map((bundle?.documents ?? []).map((d) => [d.id, d] as const)), [bundle]);

  // Accepted (now listed) and rejected terms drop out without searching again.
  const groups = useMemo(() => {
    if (state.status !== 'done') return [];
    const listed = new Set(rules.map((r) => termKey(r.term)));
    const open = state.result.suggestions.filter((s) => !listed.has(termKey(s.term)) && !rejected.has(termKey(s.term)));
    return SUGGESTION_KINDS.map((kind) => ({ kind, items: open.filter((s) => s.kind === kind) })).filter((g) => g.items.length > 0);
  }, [state, rules, rejected]);

  const replacementOf = (s: RedactionSuggestion) => replacements.get(termKey(s.term)) ?? kindInfo(s.kind).replacement;
  const accept = async (items: RedactionSuggestion[]) => {
    const nextProblems = new Map(problems);
    const ok = items.filter((s) => {
      const why = validateRule(s.term, replacementOf(s), rules);
      if (why) nextProblems.set(termKey(s.term), why);
      else nextProblems.delete(termKey(s.term));
      return why === null;
    });
    setProblems(nextProblems);
    if (ok.length === 0) return;
    const added = await run(addRedactions(projectId, ok.map((s) => ({ term: s.term, replacement: replacementOf(s).trim() }))));
    if (added.ok) announce(ok.length === 1 ? `Added redaction: “${ok[0]?.term}” → ${replacementOf(ok[0] as RedactionSuggestion)}` : `Added ${added.value} redactions`);
  };

  return (
    <section className="outputs-section" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Identifying words</h2>
      <div className="row">
        <button type="button" onClick={() => bundle && find(bundle)} disabled={!bundle || state.status === 'running'}>Find identifying words</button>
        <span className="muted small" role="status">
          {state.status === 'running' && 'Looking through the transcripts…'}
          {state.status === 'done' && `${groups.reduce((n, g) => n + g.items.length, 0)} suggestions to review`}
          {state.status === 'done' && !state.result.complete && ' (long transcripts were only partly scanned for names of people, places and organisations)'}
        </span>
      </div>
      {state.status === 'failed' && <p className="error" role="alert">Could not look for identifying words: {state.error}</p>}
      {state.status === 'done' && groups.length === 0 && <p className="muted">Nothing left to review: every suggestion is in the redaction list or was rejected.</p>}
      {groups.map(({ kind, items }) => {
        const info = kindInfo(kind);
        const shown = expanded.has(kind) ? items : items.slice(0, FIRST);
        return (
          <section key={kind} className="suggestion-kind" aria-labelledby={`kind-${kind}`}>
            <div className="row">
              <h3 id={`kind-${kind}`}>{info.heading} <span className="muted">({items.length})</span></h3>
              <button type="button" onClick={() => void accept(items)}>Accept all {info.plural}</button>
            </div>
            <ul className="suggestion-list">
              {shown.map((s) => (
                <SuggestionItem key={termKey(s.term)} suggestion={s} replacement={replacementOf(s)} problem={problems.get(termKey(s.term)) ?? null}
                  texts={texts} documents={documents}
                  onReplacement={(v) => setReplacements((m) => new Map(m).set(termKey(s.term), v))}
                  onAccept={() => void accept([s])} onReject={() => reject(termKey(s.term))} />
              ))}
            </ul>
            {shown.length < items.length && (
              <button type="button" className="link" onClick={() => setExpanded((e) => new Set(e).add(kind))}>Show all {items.length} {info.plural}</button>
            )}
          </section>
        );
      })}
    </section>
  );
}
