import { useState } from 'react';
import type { Project } from '../../core/model';
import { navigate } from '../common/router';
import { useSaver } from '../common/save-status';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useProjects } from '../../storage/hooks';
import { createProject, deleteProject, projectContents, renameProject } from '../../storage/projects';
import { QdpxImport } from '../exchange/QdpxImport';
import { createDemoProject } from './create-demo';
import { RestoreBackup } from './RestoreBackup';

type Confirm = { project: Project; documents: number; codes: number; segments: number };

/** Recent projects, a new project, and the demo. */
export function StartScreen() {
  const projects = useProjects();
  const { track, announce, trackDone } = useSaver();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);

  const create = async () => {
    const id = await track(createProject(name));
    if (id) { setName(''); navigate({ name: 'code', projectId: id }); }
  };
  const demo = async () => {
    const id = await track(createDemoProject());
    if (id) { announce('Demo project created'); navigate({ name: 'code', projectId: id }); }
  };
  const askDelete = async (project: Project) => setConfirm({ project, ...(await projectContents(project.id)) });

  return (
    <main className="screen start" id="main">
      <h1>Verbatim</h1>
      <p className="muted">Code interview transcripts in your browser. Nothing leaves this device unless you export it.</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void demo()}>Try the demo</button>
      </div>
      <form className="row new-project" onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <label htmlFor="new-project-name">New project</label>
        <input id="new-project-name" value={name} placeholder="e.g. Council leadership study" onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>Create project</button>
      </form>
      <RestoreBackup />
      <QdpxImport />
      <h2>Projects</h2>
      {projects && projects.length === 0 && <p className="muted">No projects yet. Create one, or try the demo.</p>}
      <ul className="project-list" aria-label="Projects">
        {(projects ?? []).map((p) => (
          <li key={p.id} className="row panel project-item">
            {renaming?.id === p.id ? (
              <form className="row" onSubmit={(e) => { e.preventDefault(); void trackDone(renameProject(p.id, renaming.name)).then((ok) => ok && setRenaming(null)); }}>
                <label className="visually-hidden" htmlFor={`rename-${p.id}`}>New name for {p.name}</label>
                <input id={`rename-${p.id}`} autoFocus value={renaming.name} onChange={(e) => setRenaming({ id: p.id, name: e.target.value })} />
                <button type="submit">Save name</button>
                <button type="button" onClick={() => setRenaming(null)}>Cancel</button>
              </form>
            ) : (
              <>
                <button type="button" className="link project-open" onClick={() => navigate({ name: 'code', projectId: p.id })}>{p.name}</button>
                <span className="muted small">edited {new Date(p.updatedAt).toLocaleString()}</span>
                <span className="spacer" />
                <button type="button" onClick={() => setRenaming({ id: p.id, name: p.name })} aria-label={`Rename ${p.name}`}>Rename</button>
                <button type="button" className="danger" onClick={() => void askDelete(p)} aria-label={`Delete ${p.name}`}>Delete</button>
              </>
            )}
          </li>
        ))}
      </ul>
      {confirm && (
        <ConfirmDialog title={`Delete “${confirm.project.name}”?`} confirmLabel="Delete project for good" danger
          onCancel={() => setConfirm(null)}
          onConfirm={() => { const id = confirm.project.id; setConfirm(null); void trackDone(deleteProject(id)).then((ok) => ok && announce('Project deleted')); }}>
          <p>This deletes {confirm.documents} document{confirm.documents === 1 ? '' : 's'}, {confirm.codes} code{confirm.codes === 1 ? '' : 's'} and {confirm.segments} coded passage{confirm.segments === 1 ? '' : 's'} from this browser. It cannot be undone (its undo history goes with it); back the project up first (“Back up project” in its header) if you may need it.</p>
        </ConfirmDialog>
      )}
    </main>
  );
}
