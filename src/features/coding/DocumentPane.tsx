import { useCallback, useMemo, useRef, useState } from 'react';
import { CompareLayer } from './CompareLayer';
import { useScrollSync } from './use-scroll-sync';
import { sortedTree } from '../../core/codebook/tree';
import type { Code, DocumentMeta } from '../../core/model';
import { codedItems, itemsAt } from '../../core/spans/coded-spans';
import { trimRange, type TextRange } from '../../core/spans/range';
import type { Coding, Segment } from '../../core/model';
import { useSaver } from '../common/save-status';
import { setDocumentMemo } from '../../storage/documents';
import { useDocumentText } from '../../storage/hooks';
import { usePublishedAttributions } from '../participants/use-published-attributions';
import { ReadingDialog } from '../documents/ReadingDialog';
import { readingLabel } from '../documents/reading-label';
import { canReread, currentReading } from '../../io/transcripts/reread';
import { MemoField } from '../../ui/MemoField';
import { CodePicker } from './CodePicker';
import { handleCodingKey } from './coding-keys';
import { firstBodyInView, selectionToRange, selectRange } from './dom-offsets';
import { DocumentView, type DocumentViewHandle } from './DocumentView';
import { FindBar } from './FindBar';
import type { CodeStyle, FindPaint } from './paint';
import { PassagePanel } from './PassagePanel';
import { useCodingActions } from './use-coding-actions';
import { useFind } from './use-find';

interface Props {
  projectId: string;
  document: DocumentMeta;
  codes: Code[];
  /** This document's coded segments and their codings, from the project data already loaded. */
  segments: readonly Segment[];
  codings: readonly Coding[];
  /** False while the project's codings are still being read: the text shows, coding waits. */
  codingsLoaded: boolean;
  coderId: string;
  coderNames: Map<string, string>;
  focus: TextRange | null;
  /** Receives the current selection so the codebook can offer "Apply". */
  selectionRef: { current: ((codeId: string) => void) | null };
  onSelectionChange: (has: boolean) => void;
}

/** One open transcript with everything needed to code it. */
export function DocumentPane({ projectId, document, codes, segments, codings, codingsLoaded, coderId, coderNames, focus, selectionRef, onSelectionChange }: Props) {
  const text = useDocumentText(document.id);
  const openText = useMemo(() => (text ? [text] : undefined), [text]);
  const attribution = usePublishedAttributions(projectId, openText);
  const stored = useMemo(() => codedItems(segments, codings), [segments, codings]);
  const actions = useCodingActions(projectId, document.id, coderId, stored);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [picker, setPicker] = useState<{ x: number; y: number } | null>(null);
  const [spot, setSpot] = useState<number | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const viewRef = useRef<DocumentViewHandle | null>(null);
  const find = useFind(text?.text ?? '', (range) => viewRef.current?.reveal(range));
  const { open: findOpen, matches: findMatches, current: findCurrent } = find;
  const findPaint = useMemo<FindPaint | null>(
    () => (findOpen ? { ranges: findMatches.ranges, current: findCurrent } : null),
    [findOpen, findMatches, findCurrent],
  );
  const [memoOpen, setMemoOpen] = useState(false);
  const [readingOpen, setReadingOpen] = useState(false);
  const { track } = useSaver();
  // Side by side: the local coder's layer (editable) beside another coder's (read-only).
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const otherCoders = useMemo(() => [...new Set(stored.map((i) => i.coderId))].filter((id) => id !== coderId), [stored, coderId]);
  const comparing = compareWith !== null && otherCoders.includes(compareWith);
  const compareRef = useRef<HTMLDivElement | null>(null);
  useScrollSync(rootRef, compareRef, comparing);
  const shownItems = useMemo(() => (comparing ? actions.items.filter((i) => i.coderId === coderId) : actions.items), [comparing, actions.items, coderId]);
  const comparedItems = useMemo(() => (comparing ? stored.filter((i) => i.coderId === compareWith) : []), [comparing, stored, compareWith]);

  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  // One walk of the tree: the picker lists codes in the codebook's order, with their paths.
  const choices = useMemo(() => sortedTree(codes), [codes]);
  const paths = useMemo(() => new Map(choices.map((row) => [row.code.id, row.path] as const)), [choices]);
  const codeStyles = useMemo(() => {
    const sorted = [...codes].sort((a, b) => (a.id < b.id ? -1 : 1));
    return new Map<string, CodeStyle>(sorted.map((c, i) => [c.id, { slot: i, name: paths.get(c.id) ?? c.name, color: c.color }]));
  }, [codes, paths]);

  const onSelect = useCallback((r: TextRange | null) => {
    const trimmed = r && text ? trimRange(text.text, r) : null;
    setSelection((prev) => (prev?.start === trimmed?.start && prev?.end === trimmed?.end ? prev : trimmed));
    onSelectionChange(trimmed !== null);
  }, [text, onSelectionChange]);

  /** Gives the keyboard back to the transcript with the coded passage still selected. */
  const refocus = useCallback((range: TextRange) => {
    const root = rootRef.current;
    if (!root) return;
    root.focus({ preventScroll: true });
    selectRange(root, range.start, range.end);
  }, []);

  const applyTo = useCallback((range: TextRange, codeIds: string[]) => {
    actions.apply(range, codeIds);
    if (picker) { setPicker(null); refocus(range); }
  }, [actions, picker, refocus]);
  const apply = useCallback((codeIds: string[]) => { if (selection) applyTo(selection, codeIds); }, [selection, applyTo]);

  /** The selection as the DOM has it at a key press: selectionchange events may not have arrived yet. */
  const liveSelection = (): TextRange | null => {
    const root = rootRef.current;
    const r = root && text ? selectionToRange(root) : null;
    const live = r && text ? trimRange(text.text, r) : null;
    if (live && (live.start !== selection?.start || live.end !== selection?.end)) setSelection(live);
    return live ?? selection;
  };
  selectionRef.current = selection && codingsLoaded ? (codeId: string) => apply([codeId]) : null;

  /** Find starts from the selection, else from the first turn in view. */
  const openFind = (current: TextRange | null) => {
    const body = rootRef.current && firstBodyInView(rootRef.current);
    find.show(current?.start ?? (body ? Number(body.dataset.start) : 0));
  };

  /** Back to the transcript with the current match selected, ready for C or 1–9. */
  const closeFind = () => {
    const range = find.close();
    rootRef.current?.focus({ preventScroll: true });
    if (range) viewRef.current?.reveal(range, { select: true });
  };

  const openPicker = () => {
    const rect = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0).getBoundingClientRect() : null;
    setPicker({ x: rect?.left ?? 200, y: rect?.bottom ?? 200 });
  };

  if (!text) return <div className="doc-loading muted" role="status">Opening {document.title}…</div>;
  const spotItems = spot === null ? [] : itemsAt(actions.items, spot);
  const spotSegments = segments.filter((s) => spotItems.some((i) => i.segmentId === s.id));
  const activeSegment = spotSegments[0] ?? null;

  const mainView = (
    <DocumentView
            rootRef={rootRef} handleRef={viewRef} find={findPaint} title={document.title} text={text} items={shownItems} codeStyles={codeStyles} focus={focus}
            active={activeSegment ? { start: activeSegment.start, end: activeSegment.end } : null}
            onSelect={onSelect} onSpot={(offset) => setSpot(offset)}
            onKeyDown={(e) => {
              const current = liveSelection();
              handleCodingKey(e, {
                // A coding made before the stored ones are read could duplicate one of them.
                hasSelection: codingsLoaded && current !== null, openPicker,
                applyPinned: (k) => { const c = codes.find((x) => x.pinnedKey === k); if (c && current) applyTo(current, [c.id]); },
                inVivo: () => current && actions.inVivo(current, text.text.slice(current.start, current.end), codes),
                clear: () => { const sel = window.getSelection(); if (sel?.rangeCount) sel.collapseToEnd(); setSpot(null); setPicker(null); },
                openFind: () => openFind(current),
              });
            }}
          />
  );

  return (
    <div className="document-pane">
      <div className="doc-toolbar row">
        <h1 className="doc-title">{document.title}</h1>
        <span className="doc-stats muted small">{document.wordCount.toLocaleString()} words · {codingsLoaded ? `${stored.length} codings` : 'loading codings…'}</span>
        <span className="spacer" />
        <button type="button" aria-expanded={find.open} aria-controls={find.open ? 'find-bar' : undefined}
          aria-keyshortcuts="Control+F Meta+F" title="Find in this transcript (Ctrl+F or ⌘F in the transcript)"
          onClick={() => openFind(selection)}>Find</button>
        <button type="button" aria-expanded={memoOpen} onClick={() => setMemoOpen((o) => !o)}>{document.memo ? 'Memo •' : 'Memo'}</button>
        {otherCoders.length > 0 && (
          <label className="small">Compare with{' '}
            <select value={comparing ? compareWith! : ''} onChange={(e) => setCompareWith(e.target.value || null)}>
              <option value="">nobody (all layers)</option>
              {otherCoders.map((id) => <option key={id} value={id}>{coderNames.get(id) ?? 'Unnamed coder'}</option>)}
            </select>
          </label>
        )}
        {canReread(document.format) && (
          <button type="button" aria-haspopup="dialog" title={`Read as ${readingLabel(currentReading(text), document.speakers.length)}: change how it is read`}
            onClick={() => setReadingOpen(true)}>{currentReading(text).kind === 'turns' ? 'Speaker turns…' : 'Paragraphs…'}</button>
        )}
        <span className="doc-hint muted small" aria-live="polite">{selection ? `${selection.end - selection.start} characters selected: press C to code` : 'Select text to code it'}</span>
      </div>
      <p id="coding-keys" className="visually-hidden">Shift and arrow keys select text. C opens the code picker, 1 to 9 apply pinned codes, V creates a code from the selection, Escape clears. Control or Command F finds in this transcript.</p>
      {find.open && (
        <FindBar id="find-bar" query={find.query} matches={find.matches} current={find.current} inputRef={find.inputRef}
          onQuery={find.search} onStep={find.step} onClose={closeFind} />
      )}
      <div className={comparing ? 'doc-body comparing' : 'doc-body'}>
        {comparing ? (
          <section className="compare-layer mine" aria-label="Your coding">
            <h2 className="layer-head small">Your coding <span className="muted">({shownItems.length} coding{shownItems.length === 1 ? "" : "s"})</span></h2>
            {mainView}
          </section>
        ) : mainView}
        {comparing && (
          <CompareLayer title={document.title} coderName={coderNames.get(compareWith!) ?? 'Another coder'} text={text} items={comparedItems}
            codeStyles={codeStyles} rootRef={compareRef} />
        )}
        {memoOpen && (
          <aside className="side-panel" aria-label="Document memo">
            <MemoField label={`Memo on “${document.title}”`} rows={10} value={document.memo}
              onSave={(memo) => void track(setDocumentMemo(projectId, document.id, memo))} />
            <button type="button" onClick={() => setMemoOpen(false)}>Close memo</button>
          </aside>
        )}
        {spotSegments.length > 0 && (
          <aside className="side-panel">
            <PassagePanel
              text={text.text} segments={spotSegments} items={spotItems} codes={codeById} codePaths={paths} coderNames={coderNames} coderId={coderId}
              attributionOf={attribution && ((segment) => attribution(segment).text)}
              selection={selection} onRemove={actions.remove} onMemo={actions.memo} onResize={actions.resize} onClose={() => setSpot(null)}
            />
          </aside>
        )}
      </div>
      {readingOpen && <ReadingDialog projectId={projectId} document={document} text={text} onClose={() => setReadingOpen(false)} />}
      {picker && selection && (
        <CodePicker choices={choices} recentIds={actions.recent} anchor={picker} onApply={apply}
          onCreate={(name) => { actions.inVivo(selection, name, codes); setPicker(null); refocus(selection); }}
          onClose={() => { setPicker(null); refocus(selection); }} />
      )}
    </div>
  );
}
