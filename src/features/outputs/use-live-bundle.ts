import { useMemo } from 'react';
import type { ProjectBundle } from '../../core/bundle';
import {
  useAttributes, useAttributeValues, useCoders, useCodes, useCodings, useDocuments, useNonParticipantSpeakers,
  useParticipants, useProject, useProjectTexts, useRedactions, useSegments,
} from '../../storage/hooks';

/**
 * The whole project as it is now, kept up to date as anything changes: what the on-screen
 * previews and reports read. Undefined until every part has loaded. Exports read their own
 * consistent snapshot with `loadBundle` instead.
 */
export function useLiveBundle(projectId: string): ProjectBundle | undefined {
  const project = useProject(projectId);
  const coders = useCoders(projectId);
  const documents = useDocuments(projectId);
  const texts = useProjectTexts(projectId);
  const codes = useCodes(projectId);
  const segments = useSegments(projectId);
  const codings = useCodings(projectId);
  const participants = useParticipants(projectId);
  const attributes = useAttributes(projectId);
  const attributeValues = useAttributeValues(projectId);
  const redactions = useRedactions(projectId);
  const nonParticipantSpeakers = useNonParticipantSpeakers(projectId);
  return useMemo(() => {
    if (!project || !coders || !documents || !texts || !codes || !segments || !codings || !participants
      || !attributes || !attributeValues || !redactions || !nonParticipantSpeakers) return undefined;
    // The cache's arrays are frozen and shared; a bundle is a bag of arrays its users may fill.
    return { project, coders, documents, texts, codes, segments: [...segments], codings: [...codings], participants, attributes, attributeValues, redactions, nonParticipantSpeakers };
  }, [project, coders, documents, texts, codes, segments, codings, participants, attributes, attributeValues, redactions, nonParticipantSpeakers]);
}
