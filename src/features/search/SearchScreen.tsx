import { useCallback, useMemo, useState } from 'react';
import { navigate } from '../common/router';
import { codeChoices } from '../../core/search/code-choices';
import type { SearchHit, SearchResult } from '../../core/search/find';
import { describeHitCount, groupHits, hitKey, orderTexts, selectedRanges } from '../../core/search/hits';
import { useCodes, useDocuments, useProjectTexts } from '../../storage/hooks';
import { useRemembered } from '../segments/remembered';
import { CodeHitsBar } from './CodeHitsBar';
import { SearchForm } from './SearchForm';
import type { SearchFlags } from '../../workers/search-protocol';
import { SearchResults } from './SearchResults';
import { useCodeHits } from './useCodeHits';
import { useProjectSearch } from './useProjectSearch';
import './search.css';

const NONE: ReadonlySet<string> = new Set();
const DEFAULT_FLAGS: SearchFlags = { regex: false, caseSensitive: false, wholeWord: false };

/** Search every document of the project, open a hit in its document, or code many hits at once. */
export function SearchScreen({ projectId }: { projectId: string }) {
  const documents = useDocuments(projectId);
  const codes = useCodes(projectId);
  const storedTexts = useProjectTexts(projectId);
  const texts = useMemo(() => (storedTexts && documents
    ? orderTexts(storedTexts.map(({ documentId, text }) => ({ documentId, text })), documents)
    : undefined), [storedTexts, documents]);

  // Kept for the session, so opening a hit and going back shows the same search.
  const [query, setQuery] = useRemembered(`search:${projectId}:query`, '');
  const [flags, setFlags] = useRemembered<SearchFlags>(`search:${projectId}:flags`, DEFAULT_FLAGS);
  const { result, searching } = useProjectSearch(texts, query, flags);
  const hits = useMemo(() => result?.hits ?? [], [result]);
  const groups = useMemo(() => groupHits(hits, documents ?? []), [hits, documents]);
  const choices = useMemo(() => codeChoices(codes ?? [], { codableOnly: true }), [codes]);

  // Unticked hits, for the result they were unticked in: a new result starts all ticked.
  const [selection, setSelection] = useState<{ result: SearchResult | null; unchecked: ReadonlySet<string> }>(
    { result: null, unchecked: NONE });
  const unchecked = selection.result === result ? selection.unchecked : NONE;
  const setUnchecked = (next: ReadonlySet<string>) => setSelection({ result, unchecked: next });
  const toggle = useCallback((hit: SearchHit, checked: boolean) => setSelection((prev) => {
    const next = new Set(prev.result === result ? prev.unchecked : NONE);
    if (checked) next.delete(hitKey(hit));
    else next.add(hitKey(hit));
    return { result, unchecked: next };
  }), [result]);
  const ranges = useMemo(() => selectedRanges(hits, unchecked), [hits, unchecked]);
  const { codeHits, busy } = useCodeHits(projectId);

  const open = useCallback((hit: SearchHit) =>
    navigate({ name: 'code', projectId, documentId: hit.documentId, start: hit.start, end: hit.end }), [projectId]);

  return (
    <main className="screen search-screen" id="main" aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <SearchForm query={query} flags={flags} onQuery={setQuery} onFlags={setFlags} />
      {documents?.length === 0 && <p className="muted">No documents yet: import a transcript to search it.</p>}
      <p className="search-status" role="status">
        {searching ? 'Searching…' : result && !result.error ? describeHitCount(hits.length, groups.length, result.truncated) : ''}
      </p>
      {result?.error && <p className="error" role="alert">{result.error}</p>}
      {hits.length > 0 && (
        <>
          <CodeHitsBar selected={ranges.length} total={hits.length} codes={choices} busy={busy}
            onSelectAll={() => setUnchecked(NONE)} onSelectNone={() => setUnchecked(new Set(hits.map(hitKey)))}
            onCode={(code) => void codeHits(ranges, code)} />
          <SearchResults groups={groups} unchecked={unchecked} onToggle={toggle} onOpen={open} />
        </>
      )}
    </main>
  );
}
