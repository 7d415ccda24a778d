import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { Coding, Segment } from '../core/model';
import { historyState } from './history';
import { localCoder, localCoderId, type StoredLocalCoder } from './local-coder';
import { LOCAL_CODER_KEY } from './local-coder-key';
import type { DocumentScopedTable, RecordCache } from './record-cache';
import { inProjectOrder } from '../core/document-order';

/** Projects, most recently used first. */
export function useProjects() {
  return useLiveQuery(() => db().projects.orderBy('updatedAt').reverse().toArray(), []);
}

export function useProject(projectId: string) {
  return useLiveQuery(() => db().projects.get(projectId), [projectId]);
}

export function useDocuments(projectId: string) {
  return useLiveQuery(async () => inProjectOrder(await db().documents.where('projectId').equals(projectId).toArray()), [projectId]);
}

export function useDocumentText(documentId: string | null) {
  return useLiveQuery(async () => (documentId ? (await db().texts.get(documentId)) ?? null : null), [documentId]);
}

export function useCodes(projectId: string) {
  return useLiveQuery(() => db().codes.where('projectId').equals(projectId).toArray(), [projectId]);
}

/** A project's segments, from the record cache (undefined while they load). */
export function useSegments(projectId: string): readonly Segment[] | undefined {
  return useRecordCache('segments', projectId, (cache) => cache.snapshot<Segment>('segments', projectId));
}

/** A project's codings, from the record cache (undefined while they load). */
export function useCodings(projectId: string): readonly Coding[] | undefined {
  return useRecordCache('codings', projectId, (cache) => cache.snapshot<Coding>('codings', projectId));
}

/** A project's segments by document: a document's array keeps its identity until it changes. */
export function useSegmentsByDocument(projectId: string): ReadonlyMap<string, readonly Segment[]> | undefined {
  return useRecordCache('segments', projectId, (cache) => cache.byDocument<Segment>('segments', projectId));
}

/** A project's codings by document: a document's array keeps its identity until it changes. */
export function useCodingsByDocument(projectId: string): ReadonlyMap<string, readonly Coding[]> | undefined {
  return useRecordCache('codings', projectId, (cache) => cache.byDocument<Coding>('codings', projectId));
}

function useRecordCache<R>(table: DocumentScopedTable, projectId: string, read: (cache: RecordCache) => R): R {
  const cache = db().recordCache;
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(table, projectId, onChange), [cache, table, projectId]);
  return useSyncExternalStore(subscribe, () => read(cache));
}

export function useCoders(projectId: string) {
  return useLiveQuery(() => db().coders.where('projectId').equals(projectId).toArray(), [projectId]);
}

export function useParticipants(projectId: string) {
  return useLiveQuery(() => db().participants.where('projectId').equals(projectId).toArray(), [projectId]);
}

export function useAttributes(projectId: string) {
  return useLiveQuery(() => db().attributes.where('projectId').equals(projectId).sortBy('order'), [projectId]);
}

export function useAttributeValues(projectId: string) {
  return useLiveQuery(() => db().attributeValues.where('projectId').equals(projectId).toArray(), [projectId]);
}

export function useRedactions(projectId: string) {
  return useLiveQuery(() => db().redactions.where('projectId').equals(projectId).sortBy('createdAt'), [projectId]);
}

export function useNonParticipantSpeakers(projectId: string) {
  return useLiveQuery(() => db().nonParticipantSpeakers.where('projectId').equals(projectId).toArray(), [projectId]);
}

/** Labels of the coder's next undo and redo steps. */
export function useHistoryState(projectId: string, coderId: string | null) {
  return useLiveQuery(() => (coderId ? historyState(projectId, coderId) : undefined), [projectId, coderId]);
}

/** The local coder of this browser profile (name, colour, GUID); undefined while it loads. */
export function useLocalCoderProfile(): StoredLocalCoder | undefined {
  // A live query may only read: the first visit creates the profile's coder from an effect.
  const stored = useLiveQuery(async () => ({ value: (await db().meta.get(LOCAL_CODER_KEY))?.value as StoredLocalCoder | undefined }), []);
  useEffect(() => { if (stored && !stored.value) void localCoder(); }, [stored]);
  return stored?.value;
}

/** The id the local coder has in a project (adding their coder record if the project lacks one); null while it loads. */
export function useLocalCoderId(projectId: string): string | null {
  const profile = useLocalCoderProfile();
  const coders = useCoders(projectId);
  const [id, setId] = useState<string | null>(null);
  const found = profile && coders?.find((c) => c.guid === profile.guid)?.id;
  useEffect(() => {
    if (!profile || !coders || found) return;
    let live = true;
    void localCoderId(projectId).then((c) => live && setId(c), () => undefined);
    return () => { live = false; };
  }, [profile, coders, found, projectId]);
  return found ?? id;
}

/** Every document text of a project (search, reports). */
export function useProjectTexts(projectId: string) {
  return useLiveQuery(() => db().texts.where('projectId').equals(projectId).toArray(), [projectId]);
}

