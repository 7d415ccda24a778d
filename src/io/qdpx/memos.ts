import type { QdpxNote, QdpxProject } from './types';

/**
 * Turns REFI-QDA notes into Verbatim memo text. An object's memo is its `Description` followed by
 * the notes attached to it by `NoteRef` or, as ATLAS.ti does, by a `Link` between a note and the
 * object; parts are separated by a blank line. Notes that end up attached to nothing imported are
 * available from `unusedNotes()`, so the caller can keep them elsewhere instead of losing them.
 */
export class MemoBook {
  private readonly notes: Map<string, QdpxNote>;
  private readonly linked = new Map<string, string[]>();
  private readonly used = new Set<string>();

  constructor(project: QdpxProject) {
    this.notes = new Map(project.notes.map((n) => [n.guid, n]));
    for (const link of project.links) {
      const [from, to] = [link.originGuid, link.targetGuid];
      if (from === undefined || to === undefined) continue;
      if (this.notes.has(from) && !this.notes.has(to)) this.attach(to, from);
      else if (this.notes.has(to) && !this.notes.has(from)) this.attach(from, to);
    }
  }

  /** The memo of object `guid` (if it has one) with `description` and the notes it references. */
  memo(description: string | undefined, noteGuids: string[] | undefined, guid?: string): string {
    const parts = description ? [description] : [];
    const attached = [...(noteGuids ?? []), ...(guid ? this.linked.get(guid) ?? [] : [])];
    for (const noteGuid of new Set(attached)) {
      const note = this.notes.get(noteGuid);
      if (!note) continue;
      this.used.add(noteGuid);
      const body = noteBody(note);
      if (body) parts.push(body);
    }
    return parts.join('\n\n');
  }

  /** Notes not yet used by any `memo()` call, in file order. */
  unusedNotes(): QdpxNote[] {
    return [...this.notes.values()].filter((n) => !this.used.has(n.guid));
  }

  private attach(objectGuid: string, noteGuid: string): void {
    const list = this.linked.get(objectGuid) ?? [];
    list.push(noteGuid);
    this.linked.set(objectGuid, list);
  }
}

/** A note's text, after its own description when it has one. */
export function noteBody(note: QdpxNote): string {
  return [note.description, note.text].filter((part) => part !== undefined && part !== '').join('\n\n');
}
