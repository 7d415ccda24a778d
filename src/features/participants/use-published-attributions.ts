import { useMemo } from 'react';
import { publishedAttributions, type PublishedAttribution } from '../../core/quotes/passage-attribution';
import type { DocumentText, Segment } from '../../core/model';
import {
  useAttributes, useAttributeValues, useDocuments, useNonParticipantSpeakers, useParticipants, useProject, useRedactions,
} from '../../storage/hooks';

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
  const project = useProject(projectId);
  const documents = useDocuments(projectId);
  const participants = useParticipants(projectId);
  const attributes = useAttributes(projectId);
  const attributeValues = useAttributeValues(projectId);
  const nonParticipantSpeakers = useNonParticipantSpeakers(projectId);
  const redactions = useRedactions(projectId);
  return useMemo(() => {
    if (!project || !documents || !texts || !participants || !attributes || !attributeValues || !nonParticipantSpeakers || !redactions) return undefined;
    return publishedAttributions({ project, documents, texts, participants, attributes, attributeValues, nonParticipantSpeakers, redactions });
  }, [project, documents, texts, participants, attributes, attributeValues, nonParticipantSpeakers, redactions]);
}
