import { useEffect, useState } from 'react';
import { describeStorageUse, type StorageUse } from '../core/storage-use';
import { ensurePersistentStorage, persistenceState, storageUse, type PersistenceState } from '../storage/persistence';
import { useSaveState } from '../features/common/save-status';

const PERSISTENCE_TEXT: Record<PersistenceState, string> = {
  granted: 'persistent',
  denied: 'may be cleared by the browser',
  unsupported: 'persistence unknown',
};

/**
 * Whether the browser promised to keep this site's data, and how much of its quota is used.
 * Asks for persistence once a project is open; re-measures after every write, so a filling
 * disk shows before a write fails.
 */
export function StorageStatus({ projectId }: { projectId: string | null }) {
  const { state } = useSaveState();
  const [persisted, setPersisted] = useState<PersistenceState | null>(null);
  const [use, setUse] = useState<StorageUse | null>(null);
  useEffect(() => { void (projectId ? ensurePersistentStorage() : persistenceState()).then(setPersisted); }, [projectId]);
  const settled = state.kind === 'saved' ? state.at : state.kind;
  useEffect(() => { void storageUse().then(setUse); }, [settled, projectId]);
  if (!persisted) return null;
  const used = use ? describeStorageUse(use) : null;
  return (
    <span className={`muted small storage-status${used?.nearlyFull ? ' storage-nearly-full' : ''}`} role="status" aria-label="Storage"
      title="Whether the browser has promised not to clear this site's data when disk space runs low, and how much of the space it allows this site is used">
      Storage: {PERSISTENCE_TEXT[persisted]}
      {used && <> · {used.text} used{used.nearlyFull && ', nearly full: export and delete old projects'}</>}
    </span>
  );
}
