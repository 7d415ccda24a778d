import { useMemo } from 'react';
import type { Turn } from '../../core/model';
import { buildSegmentRows, type SegmentRow } from '../../core/search/segment-rows';
import {
  useCoders, useCodes, useCodings, useDocuments, useProjectTexts, useSegments,
} from '../../storage/hooks';
import { usePublishedAttributions } from '../participants/use-published-attributions';

/**
 * Every coding of a project as a table row, live. `rows` is undefined while the records load;
 * speakers and attributions fill in once the document texts (which hold the turns) have loaded too.
 */
export function useSegmentRows(projectId: string) {
  const documents = useDocuments(projectId);
  const codes = useCodes(projectId);
  const segments = useSegments(projectId);
  const codings = useCodings(projectId);
  const coders = useCoders(projectId);
  const texts = useProjectTexts(projectId);
  const attribution = usePublishedAttributions(projectId, texts);

  const turns = useMemo(
    () => new Map<string, readonly Turn[]>((texts ?? []).map((t) => [t.documentId, t.turns])),
    [texts],
  );

  const rows = useMemo<SegmentRow[] | undefined>(() => {
    if (!documents || !codes || !segments || !codings || !coders) return undefined;
    const attributionOf = attribution && ((segment: Parameters<typeof attribution>[0]) => attribution(segment).text);
    return buildSegmentRows({ documents, codes, segments, codings, coders, turns, ...(attributionOf ? { attributionOf } : {}) });
  }, [documents, codes, segments, codings, coders, turns, attribution]);

  return { rows, codes: codes ?? [], documents: documents ?? [] };
}
