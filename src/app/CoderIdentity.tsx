import { useState, type FormEvent } from 'react';
import { useLocalCoderProfile } from '../storage/hooks';
import { setLocalCoder } from '../storage/local-coder';
import { useSaver } from '../features/common/save-status';

/** The name and colour form, for the first-use notice and the header's "Coding as" popover. */
function CoderForm({ name, color, onDone, submitLabel }: { name: string; color: string; onDone: () => void; submitLabel: string }) {
  const [draft, setDraft] = useState({ name, color });
  const { trackDone } = useSaver();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (await trackDone(setLocalCoder(draft))) onDone();
  };
  return (
    <form className="row coder-form" onSubmit={(e) => void save(e)}>
      <label>Your name as a coder <input value={draft.name} autoComplete="off" onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></label>
      <label>Your colour <input type="color" value={draft.color} onChange={(e) => setDraft({ ...draft, color: e.target.value })} /></label>
      <button type="submit">{submitLabel}</button>
    </form>
  );
}

/**
 * Who codes in this browser: shown in the header, changeable there, and asked once on first use
 * (with "You" as the default) without blocking anything, since every coding, memo and codebook
 * change is recorded under this coder.
 */
export function CoderIdentity() {
  const profile = useLocalCoderProfile();
  const [editing, setEditing] = useState(false);
  if (!profile) return null;
  return (
    <>
      <button type="button" className="coder-badge" aria-expanded={editing} onClick={() => setEditing((e) => !e)} title="Who codes in this browser">
        <span className="swatch" style={{ background: profile.color }} aria-hidden="true" /> Coding as {profile.name}
      </button>
      {editing && (
        <div className="coder-popover panel" role="group" aria-label="Your coder name and colour">
          <CoderForm name={profile.name} color={profile.color} submitLabel="Save" onDone={() => setEditing(false)} />
        </div>
      )}
    </>
  );
}

/** The first-use question: asked once per browser profile, answered by saving (the default is fine). */
export function CoderQuestion() {
  const profile = useLocalCoderProfile();
  if (!profile || profile.confirmed) return null;
  return (
    <div className="notice" role="note">
      <p>Who is coding in this browser? Your codings, memos and codebook changes are recorded under this name, so a
        supervisor can compare coders. You can change it later from “Coding as” in the header.</p>
      <CoderForm name={profile.name} color={profile.color} submitLabel="Use this name" onDone={() => undefined} />
    </div>
  );
}
