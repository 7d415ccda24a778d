import { useCallback, useMemo, useRef, useState } from 'react';
import { createCodeCounter } from '../../core/codebook/counts-by-document';
import { nextColour } from '../../core/codebook/palette';
import { positionAmongSiblings } from '../../core/codebook/reorder';
import { filterTree, sortedTree } from '../../core/codebook/tree';
import type { DocumentMeta } from '../../core/model';
import { navigate } from '../common/router';
import { useSaver } from '../common/save-status';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { codeDeletionImpact, createCode, deleteCode, mergeCodes, pinCode, updateCode } from '../../storage/codes';
import { deleteDocument } from '../../storage/documents';
import { useCoders, useCodes, useCodingsByDocument, useDocuments, useLocalCoderId, useProject, useSegmentsByDocument } from '../../storage/hooks';
import { setProjectMemo } from '../../storage/projects';
import { MemoField } from '../../ui/MemoField';
import { CodeEditor } from '../codebook/CodeEditor';
import { CodeTree } from '../codebook/CodeTree';
import { useCodeMoves } from '../codebook/use-code-moves';
import { DocumentList } from '../documents/DocumentList';
import { ImportPanel } from '../documents/ImportPanel';
import { DocumentPane } from './DocumentPane';

interface Props {
  projectId: string;
  documentId?: string;
  focus: { start: number; end: number } | null;
}

type Pending = { kind: 'delete-code'; id: string; name: string; impact: { codes: number; codings: number; segments: number } }
  | { kind: 'delete-document'; doc: DocumentMeta };

/** One empty list, so "still loading" does not make a new array on every render. */
const NONE: never[] = [];
const NO_DOCUMENTS: ReadonlyMap<string, never[]> = new Map();

/** The coding workspace: documents and codebook on the left, the transcript in the middle. */
export function CodingScreen({ projectId, documentId, focus }: Props) {
  const documents = useDocuments(projectId) ?? NONE;
  const codes = useCodes(projectId) ?? NONE;
  const loadedSegments = useSegmentsByDocument(projectId);
  const loadedCodings = useCodingsByDocument(projectId);
  const segmentsByDocument = loadedSegments ?? NO_DOCUMENTS;
  const codingsByDocument = loadedCodings ?? NO_DOCUMENTS;
  const coders = useCoders(projectId) ?? NONE;
  const project = useProject(projectId);
  const coderId = useLocalCoderId(projectId);
  const { track, announce, trackDone } = useSaver();
  const [filter, setFilter] = useState('');
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const [hasSelection, setHasSelection] = useState(false);
  const [confirm, setConfirm] = useState<Pending | null>(null);
  const applyRef = useRef<((codeId: string) => void) | null>(null);

  const openDoc = documents.find((d) => d.id === documentId) ?? null;
  const rows = useMemo(() => filterTree(codes, filter), [codes, filter]);
  // Recounts only the documents whose records changed: one coding, one document.
  const [countCodes] = useState(createCodeCounter);
  const counts = useMemo(() => {
    const all = countCodes(codes, segmentsByDocument, codingsByDocument);
    return new Map([...all].map(([id, c]) => [id, { segments: c.segmentsWithDescendants, documents: c.documentsWithDescendants }]));
  }, [countCodes, codes, segmentsByDocument, codingsByDocument]);
  const choices = useMemo(() => sortedTree(codes).map((r) => ({ id: r.code.id, path: r.path })), [codes]);
  const moves = useCodeMoves(projectId, codes);
  const coderNames = useMemo(() => new Map(coders.map((c) => [c.id, c.name])), [coders]);
  const code = codes.find((c) => c.id === selectedCode) ?? null;
  // The project's coding is already in memory for the counts: opening a transcript reuses it.
  const openSegments = (documentId && segmentsByDocument.get(documentId)) || NONE;
  const openCodings = (documentId && codingsByDocument.get(documentId)) || NONE;

  const onCreate = useCallback((name: string) => {
    void track(createCode(projectId, { name, color: nextColour(codes.map((c) => c.color)) }));
  }, [projectId, codes, track]);
  const askDeleteCode = async (id: string) => {
    const impact = await codeDeletionImpact(projectId, id);
    setConfirm({ kind: 'delete-code', id, name: choices.find((c) => c.id === id)?.path ?? '', impact });
  };
  const doConfirm = async () => {
    if (!confirm) return;
    setConfirm(null);
    if (confirm.kind === 'delete-code') {
      setSelectedCode(null);
      if (await trackDone(deleteCode(projectId, confirm.id))) announce(`Deleted “${confirm.name}”. Press Ctrl+Z to undo.`);
    } else {
      if (await trackDone(deleteDocument(projectId, confirm.doc.id))) announce(`Deleted document “${confirm.doc.title}”. Press Ctrl+Z to undo.`);
      if (confirm.doc.id === documentId) navigate({ name: 'code', projectId });
    }
  };

  return (
    <div className="workspace">
      <aside className="left-col" aria-label="Documents and codes">
        <section className="stack" aria-label="Documents">
          <h2>Documents</h2>
          <ImportPanel projectId={projectId} />
          <DocumentList documents={documents} segmentsByDocument={segmentsByDocument} openId={documentId ?? null}
            onOpen={(id) => navigate({ name: 'code', projectId, documentId: id })} onDelete={(doc) => setConfirm({ kind: 'delete-document', doc })} />
        </section>
        {project && (
          <details className="project-memo">
            <summary>Project memo{project.memo ? ' •' : ''}</summary>
            <MemoField label="Memo on the project" value={project.memo} onSave={(memo) => void track(setProjectMemo(projectId, memo))} />
          </details>
        )}
        <CodeTree rows={rows} codes={codes} counts={counts} selectedId={selectedCode} canApply={hasSelection} filter={filter} onFilter={setFilter}
          onSelect={(id) => setSelectedCode((cur) => (cur === id ? null : id))} onApply={(id) => applyRef.current?.(id)} onCreate={onCreate}
          onMove={moves.moveTo} onStep={moves.step} />
      </aside>
      <main className="center-col" id="main">
        {/* The text shows as soon as it is read; the project's codings paint when they arrive. */}
        {openDoc && coderId ? (
          <DocumentPane key={openDoc.id} projectId={projectId} document={openDoc} codes={codes} segments={openSegments} codings={openCodings}
            codingsLoaded={!!loadedSegments && !!loadedCodings} coderId={coderId} coderNames={coderNames}
            focus={focus} selectionRef={applyRef} onSelectionChange={setHasSelection} />
        ) : openDoc ? (
          <div className="doc-loading muted" role="status">Opening {openDoc.title}…</div>
        ) : (
          <div className="empty-state stack">
            <h1>{documents.length ? 'Open a document to code it' : 'Import your first transcripts'}</h1>
            <p className="muted">Select text, then press C to pick a code, 1–9 for pinned codes, or V to create a code from the words themselves.</p>
          </div>
        )}
      </main>
      {code && (
        <aside className="right-col">
          <CodeEditor code={code} choices={choices}
            onSave={(patch) => void track(updateCode(projectId, code.id, patch, patch.color ? 'Recolour code' : 'Edit code'))}
            onMove={(parent) => moves.moveUnder(code.id, parent)}
            position={positionAmongSiblings(codes, code.id) ?? { index: 0, count: 1 }} onStep={(direction) => moves.step(code.id, direction)}
            onPin={(key) => void track(pinCode(projectId, code.id, key))}
            onMerge={(target) => { void track(mergeCodes(projectId, code.id, target)).then(() => setSelectedCode(target)); }}
            onDelete={() => void askDeleteCode(code.id)} onClose={() => setSelectedCode(null)} />
        </aside>
      )}
      {confirm?.kind === 'delete-code' && (
        <ConfirmDialog title={`Delete “${confirm.name}”?`} confirmLabel="Delete code" danger onConfirm={() => void doConfirm()} onCancel={() => setConfirm(null)}>
          <p>This removes {confirm.impact.codes} code{confirm.impact.codes === 1 ? '' : 's'} (with sub-codes) and {confirm.impact.codings} coding{confirm.impact.codings === 1 ? '' : 's'} on {confirm.impact.segments} passage{confirm.impact.segments === 1 ? '' : 's'}. You can undo it.</p>
        </ConfirmDialog>
      )}
      {confirm?.kind === 'delete-document' && (
        <ConfirmDialog title={`Delete “${confirm.doc.title}”?`} confirmLabel="Delete document" danger onConfirm={() => void doConfirm()} onCancel={() => setConfirm(null)}>
          <p>This deletes the transcript and every coded passage in it, by every coder. You can undo it (Ctrl+Z).</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
