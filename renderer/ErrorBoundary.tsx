// ErrorBoundary: an unexpected error shows a message and a way back, never a blank window.
import { Component, type ReactNode } from 'react';

type State = { error: Error | null };

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="load-error" role="alert">
        <h1>Something went wrong</h1>
        <p>{this.state.error.message}</p>
        <p>
          <a href="./">Reload with the default view</a>
        </p>
      </main>
    );
  }
}
