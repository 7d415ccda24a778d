import type { Transaction } from 'dexie';
import { migrateTables, type LocalCoder, type Tables } from '../core/migrate-tables';
import type { StoredStep } from '../core/migrate-step';
import { DEFAULT_CODER_COLOR, RECORD_TABLES } from '../core/schema';
import { LOCAL_CODER_KEY } from './local-coder-key';

/**
 * Dexie schema 5: stored records and undo steps go from record version 1 to 2 through
 * `core/migrate-tables` (the same code that migrates project files). The tables are rewritten
 * whole, once, so a record whose key changed is stored under its new key only.
 */
export async function upgradeToRecordVersion2(tx: Transaction): Promise<void> {
  const meta = tx.table('meta');
  let local = (await meta.get(LOCAL_CODER_KEY))?.value as LocalCoder | undefined;
  if (!local) {
    local = { guid: crypto.randomUUID(), name: 'You', color: DEFAULT_CODER_COLOR };
    await meta.put({ key: LOCAL_CODER_KEY, value: local });
  }
  const tables = {} as Tables;
  for (const t of RECORD_TABLES) tables[t] = await tx.table(t).toArray();
  const history = (await tx.table('history').toArray()) as StoredStep[];
  const migrated = migrateTables(tables, history, 1, local, () => crypto.randomUUID());
  for (const t of RECORD_TABLES) {
    await tx.table(t).clear();
    await tx.table(t).bulkPut(migrated.tables[t]);
  }
  await tx.table('history').clear();
  await tx.table('history').bulkPut(migrated.history);
}
