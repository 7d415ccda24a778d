import { useMemo } from 'react';
import type { Turn } from '../../core/model';
import { buildSegmentRows, type SegmentRow } from '../../core/search/segment-rows';
import {
  useCoders, useCodes, useCodings, useDocuments, useProjectTexts, useSegments,
} from '../../storage/hooks';

/**
 * Every coding of a project as a table row, live. `rows` is undefined while the records load;
 * speakers fill in once the document texts (which hold the turns) have loaded too.
 */
export function useSegmentRows(projectId: string) {
  const documents = useDocuments(projectId);
  const codes = useCodes(projectId);
  const segments = useSegments(projectId);
  const codings = useCodings(projectId);
  const coders = useCoders(projectId);
  const texts = useProjectTexts(projectId);

  const turns = useMemo(
    () => new Map<string, readonly Turn[]>((texts ?? []).map((t) => [t.documentId, t.turns])),
    [texts],
  );

  const rows = useMemo<SegmentRow[] | undefined>(() => {
    if (!documents || !codes || !segments || !codings || !coders) return undefined;
    return buildSegmentRows({ documents, codes, segments, codings, coders, turns });
  }, [documents, codes, segments, codings, coders, turns]);

  return { rows, codes: codes ?? [], documents: documents ?? [] };
}
