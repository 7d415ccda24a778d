import { useEffect, useState } from 'react';
import { watchVersionChange, type VersionChange } from '../storage/version-change';

/** Tells this tab when another tab's upgrade has taken the database from under it, or is waiting on it. */
export function VersionChangeBanner() {
  const [change, setChange] = useState<VersionChange | null>(null);
  useEffect(() => watchVersionChange(setChange), []);
  if (change === 'replaced') {
    return (
      <div className="notice" role="alert">
        Verbatim was updated or its data changed in another tab. Reload this tab to go on working; nothing
        further is saved from it until then.
        <button type="button" onClick={() => location.reload()}>Reload</button>
      </div>
    );
  }
  if (change === 'blocked') {
    return <div className="notice" role="status">Verbatim is updating its data. Close other Verbatim tabs or windows to let it finish.</div>;
  }
  return null;
}
