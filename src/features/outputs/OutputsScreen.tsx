import { QuotesSection } from './QuotesSection';
import { RedactionList } from './RedactionList';
import { ReportsSection } from './ReportsSection';
import { ResearchExports } from './ResearchExports';
import { SectionLinks } from './SectionLinks';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useLiveBundle } from './use-live-bundle';
import './outputs.css';

/**
 * Outputs: anonymised quotes and frequencies (redaction list, suggested identifying words, quote
 * preview and export, suppressed frequencies and charts), then the research team's own exports.
 */
export function OutputsScreen({ projectId }: { projectId: string }) {
  const bundle = useLiveBundle(projectId);
  return (
    <main className="screen outputs-screen" id="main" aria-labelledby="outputs-title">
      <h1 id="outputs-title">Outputs</h1>
      <p className="lead muted">
        What leaves the tool from here is anonymised: quotes are redacted and attributed to a role, never a name, and counts of fewer than k participants are suppressed.
      </p>
      <SectionLinks />
      <RedactionList projectId={projectId} />
      <SuggestionsPanel projectId={projectId} bundle={bundle} />
      {bundle === undefined ? <p className="muted" role="status">Loading the project…</p> : (
        <>
          <QuotesSection projectId={projectId} bundle={bundle} />
          <ReportsSection projectId={projectId} bundle={bundle} />
        </>
      )}
      <ResearchExports projectId={projectId} />
    </main>
  );
}
