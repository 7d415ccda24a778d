import type {
  AttributeDef, AttributeValue, Code, Coder, Coding, DocumentMeta, DocumentText, NonParticipantSpeaker,
  Participant, Project, RedactionRule, Segment,
} from './model';

/**
 * A whole project as plain records: what the storage layer loads and saves in one transaction,
 * what importers (REFI-QDA, the demo) produce and what exporters consume.
 */
export interface ProjectBundle {
  project: Project;
  coders: Coder[];
  documents: DocumentMeta[];
  texts: DocumentText[];
  codes: Code[];
  segments: Segment[];
  codings: Coding[];
  participants: Participant[];
  attributes: AttributeDef[];
  attributeValues: AttributeValue[];
  redactions: RedactionRule[];
  nonParticipantSpeakers: NonParticipantSpeaker[];
}

/** An empty bundle for a project record, to be filled by an importer. */
export function emptyBundle(project: Project): ProjectBundle {
  return {
    project, coders: [], documents: [], texts: [], codes: [], segments: [], codings: [],
    participants: [], attributes: [], attributeValues: [], redactions: [], nonParticipantSpeakers: [],
  };
}
