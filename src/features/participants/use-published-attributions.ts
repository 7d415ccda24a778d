import { useMemo } from 'react';
import { publishedAttributions, type PublishedAttribution } from '../../core/quotes/passage-attribution';
import type { DocumentText, Segment } from '../../core/model';
import { useRedactions } from '../../storage/hooks';
import { useParticipantsData } from './use-participants-data';

/**
 * What each passage is attributed to when quoted (the same text as the quotes export), live:
 * it follows the template, attribute values, speaker mapping and redaction list. `texts` are the
 * documents whose passages will be asked about (their turns name the speakers): the caller has
 * them loaded already. Undefined while anything loads.
 */
export function usePublishedAttributions(
  projectId: string,
  texts: DocumentText[] | undefined,
): ((segment: Pick<Segment, 'documentId' | 'start' | 'end'>) => PublishedAttribution) | undefined {
  const data = useParticipantsData(projectId);
  const redactions = useRedactions(projectId);
  return useMemo(() => {
    if (!data || !texts || !redactions) return undefined;
    const { project, documents, participants, attributes, values, nonParticipants } = data;
    return publishedAttributions({
      project, documents, texts, participants, attributes, attributeValues: values, nonParticipantSpeakers: nonParticipants, redactions,
    });
  }, [data, texts, redactions]);
}
