import { useMemo } from 'react';
import { useSaver } from '../common/save-status';
import type { Participant } from '../../core/model';
import { mapSpeaker, setNonParticipant, updateParticipant } from '../../storage/participants';
import { usePending } from './use-pending';
import { speakerRows, type SpeakerRow } from './speaker-rows';
import type { ParticipantsData } from './use-participants-data';

function participantLabel(p: Participant): string {
  return `${p.ref} · ${p.name}`;
}

function SpeakerLine({ projectId, row, participants }: { projectId: string; row: SpeakerRow; participants: Participant[] }) {
  const { track, announce, trackDone } = useSaver();
  const mapped = participants.find((p) => p.id === row.participantId) ?? null;
  const choice = usePending(mapped?.id ?? '');
  const marked = usePending(row.nonParticipant);

  const choose = (participantId: string) => {
    choice.set(participantId);
    if (participantId === '') {
      if (mapped) {
        void trackDone(updateParticipant(projectId, mapped.id, { speakerLabels: mapped.speakerLabels.filter((l) => l !== row.label) }), choice.reset)
          .then((ok) => ok && announce(`“${row.label}” is no longer mapped to ${mapped.ref}.`));
      }
      return;
    }
    void track(mapSpeaker(projectId, row.label, participantId), choice.reset).then((id) => {
      const p = participants.find((x) => x.id === id);
      if (p) announce(`“${row.label}” is now ${p.ref}.`);
    });
  };
  const createFrom = () => void track(mapSpeaker(projectId, row.label, null)).then((id) => {
    if (id) announce(`Added a participant for “${row.label}”.`);
  });
  const toggle = (checked: boolean) => {
    marked.set(checked);
    void track(setNonParticipant(projectId, row.label, checked), marked.reset);
  };

  const status = row.nonParticipant ? 'Not a participant' : mapped ? participantLabel(mapped) : 'Not mapped yet';
  return (
    <tr>
      <th scope="row" className="speaker-label">{row.label}</th>
      <td className="num">{row.documentCount}</td>
      <td className={row.nonParticipant || !mapped ? 'muted' : undefined}>{status}</td>
      <td>
        <div className="row">
          <select aria-label={`Participant for speaker ${row.label}`} value={choice.value} onChange={(e) => choose(e.target.value)}>
            <option value="">{mapped ? 'Not mapped' : 'Map to a participant…'}</option>
            {participants.map((p) => <option key={p.id} value={p.id}>{participantLabel(p)}</option>)}
          </select>
          {!mapped && !marked.value && (
            <button type="button" onClick={createFrom}>
              New participant from this speaker<span className="visually-hidden"> for {row.label}</span>
            </button>
          )}
          <label className="inline-check">
            <input type="checkbox" checked={marked.value} onChange={(e) => toggle(e.target.checked)} />
            Not a participant (interviewer)<span className="visually-hidden"> for {row.label}</span>
          </label>
        </div>
      </td>
    </tr>
  );
}

/** Speaker labels found in the transcripts: map each to a participant or mark it as the interviewer. */
export function SpeakersSection({ data }: { data: ParticipantsData }) {
  const rows = useMemo(() => speakerRows(data.documents, data.participants, data.nonParticipants), [data]);
  const open = rows.filter((r) => !r.nonParticipant && r.participantId === null).length;
  return (
    <section className="stack" aria-labelledby="speakers-title">
      <h2 id="speakers-title">Speakers found on import</h2>
      {rows.length === 0 ? (
        <p className="muted">No speaker labels found: import transcripts with speaker names (for example “Interviewer: …”) on the Code screen.</p>
      ) : (
        <>
          <p className="muted small">
            {open === 0 ? 'Every speaker is mapped or marked.' : `${open} of ${rows.length} speakers not mapped yet.`}
            {' '}A participant speaking in a document is linked to it; the interviewer is left out of attributions.
          </p>
          <table className="grid speakers-table">
            <caption className="visually-hidden">Speakers found on import</caption>
            <thead>
              <tr><th scope="col">Speaker</th><th scope="col">Documents</th><th scope="col">Mapped to</th><th scope="col">Change</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => <SpeakerLine key={r.label} projectId={data.project.id} row={r} participants={data.participants} />)}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
