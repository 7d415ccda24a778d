import { useHistoryState, useLocalCoderId, useProject } from '../storage/hooks';
import { redo, undo } from '../storage/history';
import { navigate, useRoute, type ProjectScreen } from '../features/common/router';
import { useSaveState, useSaver, type SaveState } from '../features/common/save-status';
import { SafariNotice } from './SafariNotice';
import { CoderIdentity, CoderQuestion } from './CoderIdentity';
import { BackupButton } from '../features/projects/BackupButton';
import { StorageStatus } from './StorageStatus';

const TABS: [ProjectScreen, string][] = [
  ['code', 'Code'], ['segments', 'Coded segments'], ['search', 'Search'], ['participants', 'Participants'], ['outputs', 'Outputs'], ['agreement', 'Agreement'], ['exchange', 'Exchange'],
];

function saveText(s: SaveState): string {
  if (s.kind === 'saving') return 'Saving…';
  if (s.kind === 'saved') return 'All changes saved';
  if (s.kind === 'failed') return 'Not saved';
  return 'Saved in this browser';
}

function ProjectBar({ projectId, screen }: { projectId: string; screen: ProjectScreen }) {
  const project = useProject(projectId);
  const coderId = useLocalCoderId(projectId);
  const history = useHistoryState(projectId, coderId);
  const { track, announce } = useSaver();
  const step = (isRedo: boolean) => {
    if (!coderId) return;
    void track(isRedo ? redo(projectId, coderId) : undo(projectId, coderId)).then((l) => l && announce(`${isRedo ? 'Redone' : 'Undone'}: ${l}`));
  };
  return (
    <>
      <span className="project-name" title={project?.name}>{project?.name ?? ''}</span>
      <nav aria-label="Project screens">
        {TABS.map(([name, label]) => (
          <button key={name} type="button" className="tab" aria-current={screen === name ? 'page' : undefined}
            onClick={() => navigate({ name, projectId } as Parameters<typeof navigate>[0])}>{label}</button>
        ))}
      </nav>
      <span className="spacer" />
      <BackupButton projectId={projectId} />
      <button type="button" onClick={() => step(false)} disabled={!history?.undo} title={history?.undo ? `Undo ${history.undo} (Ctrl+Z)` : 'Nothing to undo'}>Undo</button>
      <button type="button" onClick={() => step(true)} disabled={!history?.redo} title={history?.redo ? `Redo ${history.redo} (Shift+Ctrl+Z)` : 'Nothing to redo'}>Redo</button>
    </>
  );
}

/** App header: home, project navigation, undo/redo, save and storage state, messages. */
export function Header() {
  const route = useRoute();
  const { state, message } = useSaveState();
  const projectId = route.name === 'start' ? null : route.projectId;
  return (
    <header className="app-header">
      <div className="row header-row">
        <button type="button" className="home" onClick={() => navigate({ name: 'start' })}>Verbatim</button>
        {projectId && <ProjectBar projectId={projectId} screen={route.name as ProjectScreen} />}
        {!projectId && <span className="spacer" />}
        <CoderIdentity />
        <span className={`save-state save-${state.kind}`} role="status" aria-live="polite">{saveText(state)}</span>
        <StorageStatus projectId={projectId} />
      </div>
      <div className="message-line" aria-live="polite">{message}</div>
      <CoderQuestion />
      <SafariNotice />
    </header>
  );
}
