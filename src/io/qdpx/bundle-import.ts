import { emptyBundle, type ProjectBundle } from '../../core/bundle';
import { nextColour } from '../../core/codebook/palette';
import type { Code, Coder, Coding, DocumentMeta, Id, Segment } from '../../core/model';
import { countWords } from '../../core/text/normalise';
import { quoteContext } from '../../core/transcript/blocks';
import { sha256Hex } from '../../core/transcript/sha256';
import { parseDescription } from './code-description';
import { MemoBook, noteBody } from './memos';
import { paragraphTurns } from './paragraphs';
import { isVerbatimOrigin } from './positions';
import { addParticipants } from './bundle-participants';
import type { BundleIds, QdpxProject, QdpxSelection, QdpxSource } from './types';

/**
 * Turns an imported project into Verbatim records. Users become coders; codes keep hierarchy,
 * colour (a palette colour when the file has none), description (`description.definition`) and
 * `isCodable`; text sources with text become documents whose text is exactly `source.text`
 * (one turn per paragraph), so selection offsets hold unchanged; selections with their codings
 * become segments and codings, each coding keeping its coder; notes and descriptions become memos
 * (notes attached to nothing imported are appended to the project memo); cases become
 * participants (`P01`, `P02`, …) and variables attributes with their values.
 * Not carried: non-text sources, sources whose file was missing (see `sourcesNotImported`), sets,
 * graphs, media selections and variable values on sources.
 * Expects source texts in normalised form, as `readQdpx` returns them.
 */
export function qdpxToBundle(p: QdpxProject, ids: BundleIds): ProjectBundle {
  const projectId = ids.newId();
  const memos = new MemoBook(p);
  const bundle = emptyBundle({
    id: projectId, name: p.name, createdAt: p.createdAt ?? ids.now, updatedAt: ids.now, memo: '', attributionTemplate: '{role}',
  });
  const coders = new CoderBook(p, projectId, ids, bundle.coders);
  const codeIds = addCodes(bundle, p, memos, ids);
  const documentIds = addDocuments(bundle, p, memos, ids);
  addSegments(bundle, p, { memos, ids, codeIds, documentIds, coders });
  addParticipants(bundle, p, documentIds, ids);
  const own = memos.memo(p.description, p.noteGuids);
  const unattached = memos.unusedNotes().map((note) => `${note.name}\n${noteBody(note)}`);
  bundle.project.memo = [own, ...unattached].filter((part) => part !== '').join('\n\n');
  return bundle;
}

/** Sources that do not become documents (media, missing, external, empty), with the reason, for the import report. */
export function sourcesNotImported(p: QdpxProject): { source: QdpxSource; reason: string }[] {
  return p.sources.flatMap((source) => {
    const reason = whyNotImported(source, p.selections);
    return reason ? [{ source, reason }] : [];
  });
}

function whyNotImported(source: QdpxSource, selections: QdpxSelection[]): string | undefined {
  if (source.kind !== 'text') return `${source.kind} sources are not supported`;
  if (source.missing) return 'its file is missing from the archive';
  if (source.external) return 'its file is outside the archive';
  if (source.text === undefined) return 'it has no text';
  if (source.text.trim() === '' && !selections.some((s) => s.sourceGuid === source.guid)) return 'its text is empty';
  return undefined;
}

/** Maps REFI-QDA users to coders, creating one for any user a coding names but <Users> lacks. */
class CoderBook {
  private readonly byGuid = new Map<string, Id>();
  private anonymous: Id | undefined;

  constructor(p: QdpxProject, private readonly projectId: Id, private readonly ids: BundleIds, private readonly coders: Coder[]) {
    for (const user of p.users) this.add(user.guid, user.name);
  }

  /** The coder for `userGuid`; codings without a user share one "Unknown coder". */
  idFor(userGuid: string | undefined): Id {
    if (userGuid === undefined) return (this.anonymous ??= this.add(undefined, 'Unknown coder (not named in the file)'));
    return this.byGuid.get(userGuid) ?? this.add(userGuid, `Unknown user ${userGuid.slice(0, 8)}`);
  }

  private add(guid: string | undefined, name: string): Id {
    const coder: Coder = { id: this.ids.newId(), projectId: this.projectId, name, color: nextColour(this.coders.map((c) => c.color)) };
    if (guid !== undefined) {
      coder.guid = guid;
      this.byGuid.set(guid, coder.id);
    }
    this.coders.push(coder);
    return coder.id;
  }
}

function addCodes(bundle: ProjectBundle, p: QdpxProject, memos: MemoBook, ids: BundleIds): Map<string, Id> {
  const codeIds = new Map(p.codes.map((c) => [c.guid, ids.newId()]));
  const siblings = new Map<string | undefined, number>();
  const labelled = isVerbatimOrigin(p.origin);
  const colours: string[] = p.codes.flatMap((c) => (c.color ? [c.color] : []));
  for (const code of p.codes) {
    const parent = code.parentGuid !== undefined && codeIds.has(code.parentGuid) ? code.parentGuid : undefined;
    const order = siblings.get(parent) ?? 0;
    siblings.set(parent, order + 1);
    const color = code.color ?? nextColour(colours);
    if (!code.color) colours.push(color);
    const record: Code = {
      id: codeIds.get(code.guid)!, projectId: bundle.project.id, parentId: parent ? codeIds.get(parent)! : null,
      name: code.name, color, description: parseDescription(code.description, labelled), order, pinnedKey: null,
      isCodable: code.isCodable, memo: memos.memo(undefined, code.noteGuids, code.guid), guid: code.guid,
    };
    bundle.codes.push(record);
  }
  return codeIds;
}

function addDocuments(bundle: ProjectBundle, p: QdpxProject, memos: MemoBook, ids: BundleIds): Map<string, Id> {
  const documentIds = new Map<string, Id>();
  for (const source of p.sources) {
    if (whyNotImported(source, p.selections) || source.text === undefined) continue;
    const id = ids.newId();
    documentIds.set(source.guid, id);
    const text = source.text;
    const meta: DocumentMeta = {
      id, projectId: bundle.project.id, title: source.name, format: 'qdpx', contentHash: (ids.hash ?? sha256Hex)(text),
      importedAt: ids.now, length: text.length, wordCount: countWords(text), speakers: [],
      memo: memos.memo(source.description, source.noteGuids, source.guid), participantIds: [], guid: source.guid,
    };
    bundle.documents.push(meta);
    bundle.texts.push({ documentId: id, projectId: bundle.project.id, text, turns: paragraphTurns(text) });
  }
  return documentIds;
}

interface SegmentContext {
  memos: MemoBook;
  ids: BundleIds;
  codeIds: Map<string, Id>;
  documentIds: Map<string, Id>;
  coders: CoderBook;
}

function addSegments(bundle: ProjectBundle, p: QdpxProject, ctx: SegmentContext): void {
  const texts = new Map(bundle.texts.map((t) => [t.documentId, t.text]));
  const seen = new Set<string>();
  const add = (selection: QdpxSelection, documentId: Id, text: string) => {
    if (!(selection.start >= 0 && selection.start < selection.end && selection.end <= text.length)) return;
    const memo = ctx.memos.memo(selection.description, selection.noteGuids, selection.guid);
    const codings = selection.codings.filter((c) => ctx.codeIds.has(c.codeGuid));
    if (codings.length === 0 && memo === '') return;
    const createdAt = selection.createdAt ?? ctx.ids.now;
    // Each coder gets their own segment on these words (schema 2): the selection's creator, or
    // the first coder, keeps its GUID and memo.
    const byCoder = new Map<Id, typeof codings>();
    for (const coding of codings) {
      const coderId = ctx.coders.idFor(coding.userGuid);
      byCoder.set(coderId, [...(byCoder.get(coderId) ?? []), coding]);
    }
    if (byCoder.size === 0) byCoder.set(ctx.coders.idFor(selection.userGuid), []);
    const owner = selection.userGuid !== undefined && byCoder.has(ctx.coders.idFor(selection.userGuid))
      ? ctx.coders.idFor(selection.userGuid) : [...byCoder.keys()][0]!;
    for (const [coderId, own] of byCoder) {
      const segment: Segment = {
        id: ctx.ids.newId(), projectId: bundle.project.id, documentId, coderId, start: selection.start, end: selection.end,
        ...quoteContext(text, selection.start, selection.end), memo: coderId === owner ? memo : '', createdAt,
      };
      if (selection.guid && coderId === owner) segment.guid = selection.guid;
      bundle.segments.push(segment);
      for (const coding of own) {
        const codeId = ctx.codeIds.get(coding.codeGuid)!;
        const key = `${segment.id}|${codeId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const record: Coding = {
          id: ctx.ids.newId(), projectId: bundle.project.id, segmentId: segment.id, documentId: segment.documentId, codeId, coderId,
          createdAt: coding.createdAt ?? createdAt,
        };
        if (coding.guid) record.guid = coding.guid;
        bundle.codings.push(record);
      }
    }
  };
  for (const selection of p.selections) {
    const documentId = ctx.documentIds.get(selection.sourceGuid);
    if (documentId) add(selection, documentId, texts.get(documentId)!);
  }
  // A coding on a whole source codes all of its text.
  for (const source of p.sources) {
    const documentId = ctx.documentIds.get(source.guid);
    if (!documentId || !source.codings?.length) continue;
    const text = texts.get(documentId)!;
    add({ guid: '', sourceGuid: source.guid, start: 0, end: text.length, codings: source.codings }, documentId, text);
  }
}
