import { reloadIntoUpdate, useUpdateState } from './service-worker';

/** Offers the new version; nothing reloads until the user says so in this tab. */
export function UpdateBanner() {
  const update = useUpdateState();
  if (update === 'none') return null;
  return (
    <div className="notice" role="status">
      {update === 'ready'
        ? 'A new version of Verbatim is ready. This tab keeps the current version until you reload.'
        : 'Verbatim was updated in another tab. Reload this tab to use the new version.'}
      <button type="button" onClick={reloadIntoUpdate}>Reload now</button>
    </div>
  );
}
