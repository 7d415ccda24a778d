import { EMPTY_DESCRIPTION, type Code, type Coder, type Coding, type DocumentMeta, type Segment } from '../../../src/core/model';

/** Minimal valid records for the search and segment-table tests. */
export function code(id: string, name: string, parentId: string | null = null, extra: Partial<Code> = {}): Code {
  return {
    id, projectId: 'p', parentId, name, color: '#0072b2', description: EMPTY_DESCRIPTION, order: 0,
    pinnedKey: null, isCodable: true, memo: '', ...extra,
  };
}

export function documentMeta(id: string, title: string): DocumentMeta {
  return {
    id, projectId: 'p', title, format: 'txt', contentHash: id, importedAt: 0, length: 0, wordCount: 0,
    speakers: [], memo: '', participantIds: [],
  };
}

export function segment(id: string, documentId: string, start: number, end: number, quote: string, memo = ''): Segment {
  documentOfSegment.set(id, documentId);
  return { id, projectId: 'p', documentId, coderId: 'me', start, end, quote, prefix: '', suffix: '', memo, createdAt: 0 };
}

/** Segments made by `segment`, so a coding can carry its segment's document. */
const documentOfSegment = new Map<string, string>();

export function coding(id: string, segmentId: string, codeId: string, coderId = 'me'): Coding {
  return { id, projectId: 'p', segmentId, documentId: documentOfSegment.get(segmentId) ?? '', codeId, coderId, createdAt: 0 };
}

export function coder(id: string, name: string): Coder {
  return { id, projectId: 'p', name, color: '#5b6abf' };
}
