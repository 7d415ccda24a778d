import { useCallback, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { Coding, Segment } from '../core/model';
import { historyState } from './history';
import type { DocumentScopedTable } from './project-records';

/** Projects, most recently used first. */
export function useProjects() {
  return useLiveQuery(() => db().projects.orderBy('updatedAt').reverse().toArray(), []);
}

export function useProject(projectId: string) {
  return useLiveQuery(() => db().projects.get(projectId), [projectId]);
}

export function useDocuments(projectId: string) {
  return useLiveQuery(() => db().documents.where('projectId').equals(projectId).sortBy('importedAt'), [projectId]);
}

export function useDocumentText(documentId: string | null) {
  return useLiveQuery(async () => (documentId ? (await db().texts.get(documentId)) ?? null : null), [documentId]);
}

export function useCodes(projectId: string) {
  return useLiveQuery(() => db().codes.where('projectId').equals(projectId).toArray(), [projectId]);
}

/** A project's segments, from the record cache (undefined while they load). */
export function useSegments(projectId: string): readonly Segment[] | undefined {
  return useCachedRecords<Segment>('segments', projectId);
}

/** A project's codings, from the record cache (undefined while they load). */
export function useCodings(projectId: string): readonly Coding[] | undefined {
  return useCachedRecords<Coding>('codings', projectId);
}

function useCachedRecords<T extends Segment | Coding>(table: DocumentScopedTable, projectId: string): readonly T[] | undefined {
  const cache = db().recordCache;
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(table, projectId, onChange), [cache, table, projectId]);
  return useSyncExternalStore(subscribe, () => cache.snapshot<T>(table, projectId));
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

/** Labels of the next undo and redo steps. */
export function useHistoryState(projectId: string) {
  return useLiveQuery(() => historyState(projectId), [projectId]);
}

/** Every document text of a project (search, reports). */
export function useProjectTexts(projectId: string) {
  return useLiveQuery(() => db().texts.where('projectId').equals(projectId).toArray(), [projectId]);
}

