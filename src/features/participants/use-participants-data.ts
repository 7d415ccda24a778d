import { useMemo } from 'react';
import type { AttributeDef, AttributeValue, DocumentMeta, NonParticipantSpeaker, Participant, Project } from '../../core/model';
import {
  useAttributes, useAttributeValues, useDocuments, useNonParticipantSpeakers, useParticipants, useProject,
} from '../../storage/hooks';
import { sortParticipants } from './speaker-rows';

export interface ParticipantsData {
  project: Project;
  /** In reference order. */
  participants: Participant[];
  attributes: AttributeDef[];
  values: AttributeValue[];
  documents: DocumentMeta[];
  nonParticipants: NonParticipantSpeaker[];
}

/** Everything the participants screen shows, read live; undefined while loading. */
export function useParticipantsData(projectId: string): ParticipantsData | undefined {
  const project = useProject(projectId);
  const participants = useParticipants(projectId);
  const attributes = useAttributes(projectId);
  const values = useAttributeValues(projectId);
  const documents = useDocuments(projectId);
  const nonParticipants = useNonParticipantSpeakers(projectId);
  return useMemo(() => {
    if (!project || !participants || !attributes || !values || !documents || !nonParticipants) return undefined;
    return { project, participants: sortParticipants(participants), attributes, values, documents, nonParticipants };
  }, [project, participants, attributes, values, documents, nonParticipants]);
}
