import { lazy, Suspense, useEffect } from 'react';
import { StartScreen } from '../features/projects/StartScreen';
import { touchProject } from '../storage/projects';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { useRoute } from '../features/common/router';
import { SaveStatusProvider } from '../features/common/save-status';
import { UpdateBanner } from './UpdateBanner';
import { useUndoKeys } from './use-undo-keys';
import { VersionChangeBanner } from './VersionChangeBanner';

// The start screen is the only one in the first download; the coding workspace loads while its data is read.
const CodingScreen = lazy(() => import('../features/coding/CodingScreen').then((m) => ({ default: m.CodingScreen })));
const SegmentsScreen = lazy(() => import('../features/segments/SegmentsScreen').then((m) => ({ default: m.SegmentsScreen })));
const ParticipantsScreen = lazy(() => import('../features/participants/ParticipantsScreen').then((m) => ({ default: m.ParticipantsScreen })));
const OutputsScreen = lazy(() => import('../features/outputs/OutputsScreen').then((m) => ({ default: m.OutputsScreen })));
const ExchangeScreen = lazy(() => import('../features/exchange/ExchangeScreen').then((m) => ({ default: m.ExchangeScreen })));
const AgreementScreen = lazy(() => import('../features/agreement/AgreementScreen').then((m) => ({ default: m.AgreementScreen })));
const SearchScreen = lazy(() => import('../features/search/SearchScreen').then((m) => ({ default: m.SearchScreen })));

function ProjectScreens() {
  const route = useRoute();
  const projectId = route.name === 'start' ? null : route.projectId;
  useUndoKeys(projectId);
  useEffect(() => { if (projectId) void touchProject(projectId); }, [projectId]);
  if (route.name === 'start') return <StartScreen />;
  return (
    <div className="app-main">
      <Suspense fallback={<p className="muted screen" role="status">Loading…</p>}>
        {route.name === 'code' && (
          <CodingScreen projectId={route.projectId} documentId={route.documentId}
            focus={route.start !== undefined && route.end !== undefined ? { start: route.start, end: route.end } : null} />
        )}
        {route.name === 'segments' && <SegmentsScreen projectId={route.projectId} />}
        {route.name === 'search' && <SearchScreen projectId={route.projectId} />}
        {route.name === 'participants' && <ParticipantsScreen projectId={route.projectId} />}
        {route.name === 'outputs' && <OutputsScreen projectId={route.projectId} />}
        {route.name === 'agreement' && <AgreementScreen projectId={route.projectId} />}
        {route.name === 'exchange' && <ExchangeScreen projectId={route.projectId} />}
      </Suspense>
    </div>
  );
}

/** The shell: header with navigation, save state and undo; the screen of the current route. */
export function App() {
  return (
    <SaveStatusProvider>
      <a className="skip-link" href="#main">Skip to content</a>
      <div className="app">
        <Header />
        <div className="app-notices">
          <VersionChangeBanner />
          <UpdateBanner />
        </div>
        <ErrorBoundary>
          <ProjectScreens />
        </ErrorBoundary>
      </div>
    </SaveStatusProvider>
  );
}
