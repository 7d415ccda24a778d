import { useSaver } from '../common/save-status';
import type { AttributeDef, Participant } from '../../core/model';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { deleteAttribute, deleteParticipant } from '../../storage/participants';
import { valueCount } from './attribute-values';
import type { ParticipantsData } from './use-participants-data';

export type PendingDelete = { kind: 'participant'; participant: Participant } | { kind: 'attribute'; attribute: AttributeDef } | null;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Asks before deleting a participant or an attribute, saying what goes with it. */
export function DeleteDialogs({ data, pending, onClose }: { data: ParticipantsData; pending: PendingDelete; onClose: () => void }) {
  const { announce, trackDone } = useSaver();
  if (pending === null) return null;
  const projectId = data.project.id;
  if (pending.kind === 'participant') {
    const p = pending.participant;
    const values = data.values.filter((v) => v.participantId === p.id).length;
    const documents = data.documents.filter((d) => d.participantIds.includes(p.id)).length;
    const confirm = () => {
      onClose();
      void trackDone(deleteParticipant(projectId, p.id)).then((ok) => ok && announce(`Deleted participant ${p.ref}. Undo brings them back.`));
    };
    return (
      <ConfirmDialog title={`Delete participant ${p.ref}?`} confirmLabel="Delete participant" danger onConfirm={confirm} onCancel={onClose}>
        <p>{p.ref} ({p.name}) will be removed with {plural(values, 'attribute value')} and {plural(documents, 'document link')}.
          The transcripts stay. You can undo this.</p>
      </ConfirmDialog>
    );
  }
  const a = pending.attribute;
  const count = valueCount(a.id, data.values);
  const confirm = () => {
    onClose();
    void trackDone(deleteAttribute(projectId, a.id)).then((ok) => ok && announce(`Deleted attribute “${a.name}”. Undo brings it back.`));
  };
  return (
    <ConfirmDialog title={`Delete attribute “${a.name}”?`} confirmLabel="Delete attribute" danger onConfirm={confirm} onCancel={onClose}>
      <p>{count === 0 ? 'No participant has a value for it yet.' : `${plural(count, 'value')} will go with it.`} You can undo this.</p>
    </ConfirmDialog>
  );
}
