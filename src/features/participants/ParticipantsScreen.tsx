import { useMemo, useState } from 'react';
import type { AttributeDef, Participant } from '../../core/model';
import { AddAttributeForm, AddParticipantForm } from './AddForms';
import { AttributesImport } from './AttributesImport';
import { DeleteDialogs, type PendingDelete } from './DeleteDialogs';
import { ParticipantsTable } from './ParticipantsTable';
import { SpeakersSection } from './SpeakersSection';
import { TemplateSection } from './TemplateSection';
import { useParticipantsData } from './use-participants-data';
import './participants.css';

export const EMPTY_PARTICIPANTS = 'No participants yet: map the speakers found in your transcripts, or add participants by hand.';

/** Participants: speaker mapping, the attribute table, the attribution template and attribute import. */
export function ParticipantsScreen({ projectId }: { projectId: string }) {
  const data = useParticipantsData(projectId);
  const [pending, setPending] = useState<PendingDelete>(null);
  const actions = useMemo(() => ({
    onDeleteParticipant: (participant: Participant) => setPending({ kind: 'participant', participant }),
    onDeleteAttribute: (attribute: AttributeDef) => setPending({ kind: 'attribute', attribute }),
  }), []);

  return (
    <main className="screen participants-screen" id="main" aria-labelledby="participants-title">
      <h1 id="participants-title">Participants</h1>
      {data === undefined ? (
        <p className="muted" role="status">Loading participants…</p>
      ) : (
        <>
          <SpeakersSection data={data} />
          <section className="stack" aria-labelledby="table-title">
            <h2 id="table-title">Participants and attributes</h2>
            <p className="muted small">
              Names stay in this browser and are never exported; outputs use the reference or the attribution.
              Edits save when you press Enter or leave the field.
            </p>
            <div className="row forms-row">
              <AddParticipantForm data={data} />
              <AddAttributeForm data={data} />
            </div>
            {(data.participants.length > 0 || data.attributes.length > 0) && <ParticipantsTable data={data} actions={actions} />}
            {data.participants.length === 0 && <p className="muted empty-participants">{EMPTY_PARTICIPANTS}</p>}
          </section>
          <TemplateSection data={data} />
          <AttributesImport data={data} />
          <DeleteDialogs data={data} pending={pending} onClose={() => setPending(null)} />
        </>
      )}
    </main>
  );
}
