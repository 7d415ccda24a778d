import { reloadIntoUpdate, useUpdateReady } from './service-worker';

/** Offers the waiting new version; nothing reloads until the user says so. */
export function UpdateBanner() {
  const ready = useUpdateReady();
  if (!ready) return null;
  return (
    <div className="notice" role="status">
      A new version of Verbatim is ready. This tab keeps the current version until you reload.
      <button type="button" onClick={reloadIntoUpdate}>Reload now</button>
    </div>
  );
}
