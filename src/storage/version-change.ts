import type Dexie from 'dexie';
import { db } from './db';

/**
 * What another tab (or the browser) did to the database under this tab:
 * - `replaced`: a newer Verbatim upgraded it, or it was deleted; this tab's code no longer
 *   matches what is stored, so it has closed its connection and must reload;
 * - `blocked`: this tab wants to upgrade it, but an older tab still holds it open;
 * - `unblocked`: that older tab let go and the upgrade went through.
 */
export type VersionChange = 'replaced' | 'blocked' | 'unblocked';

/**
 * Watches `database` for schema changes made elsewhere. On a version change it closes the
 * connection for good (no automatic reopen): a write from this tab's older code into the newer
 * schema could store records the new version cannot read, and an open connection would block
 * the other tab's upgrade. Returns a function that stops watching.
 */
export function watchVersionChange(onChange: (change: VersionChange) => void, database: Dexie = db()): () => void {
  const onVersionChange = () => {
    database.close({ disableAutoOpen: true });
    onChange('replaced');
    // Dexie's own handler would close with automatic reopen; this one has done the closing.
    return false;
  };
  const onBlocked = () => {
    onChange('blocked');
    void database.open().then(() => onChange('unblocked'), () => undefined);
  };
  database.on('versionchange', onVersionChange);
  database.on('blocked', onBlocked);
  return () => {
    database.on('versionchange').unsubscribe(onVersionChange);
    database.on('blocked').unsubscribe(onBlocked);
  };
}
