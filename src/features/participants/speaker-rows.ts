import type { DocumentMeta, NonParticipantSpeaker, Participant } from '../../core/model';

/** One speaker label found in the project's transcripts, with what it is mapped to. */
export interface SpeakerRow {
  label: string;
  /** How many documents the label speaks in. */
  documentCount: number;
  /** The participant whose speaker labels include this label, if any. */
  participantId: string | null;
  /** Marked as not a participant (the interviewer). */
  nonParticipant: boolean;
}

/**
 * Every distinct speaker label across the documents (labels compared exactly, as the storage
 * layer maps them), most frequent first, then alphabetically.
 */
export function speakerRows(
  documents: readonly DocumentMeta[],
  participants: readonly Participant[],
  nonParticipants: readonly NonParticipantSpeaker[],
): SpeakerRow[] {
  const counts = new Map<string, number>();
  for (const d of documents) {
    for (const label of new Set(d.speakers)) {
      if (label.trim() !== '') counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  const owner = new Map<string, string>();
  for (const p of participants) for (const l of p.speakerLabels) if (!owner.has(l)) owner.set(l, p.id);
  const marked = new Set(nonParticipants.map((n) => n.label));
  return [...counts]
    .map(([label, documentCount]) => ({
      label, documentCount, participantId: owner.get(label) ?? null, nonParticipant: marked.has(label),
    }))
    .sort((a, b) => b.documentCount - a.documentCount || a.label.localeCompare(b.label));
}

/** Participants in reference order (P01, P02, … P10), then by name. */
export function sortParticipants(participants: readonly Participant[]): Participant[] {
  return [...participants].sort((a, b) =>
    a.ref.localeCompare(b.ref, undefined, { numeric: true }) || a.name.localeCompare(b.name));
}
