import { Component, type ReactNode } from 'react';

/** Keeps one broken screen from blanking the app; the data is untouched, a reload usually helps. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="screen" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>Your saved work is safe in this browser. Reload the page to carry on.</p>
        <pre className="muted">{this.state.error.message}</pre>
        <button type="button" onClick={() => location.reload()}>Reload</button>
      </div>
    );
  }
}
