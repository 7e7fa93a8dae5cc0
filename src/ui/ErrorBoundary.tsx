/** Catches a crash in the app and says what went wrong and how to recover, instead of a blank page. */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

/** Props of the boundary. */
export interface ErrorBoundaryProps {
  /** The app. */
  children: ReactNode;
}

/** Shows the error message with "Try again" and "Open the built-in dataset". */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Tiebar crashed:', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="tb-crash" role="alert">
        <h1>Something went wrong</h1>
        <p>Tiebar hit an error it did not expect: {error.message}</p>
        <p>Your dataset files are untouched. You can:</p>
        <ul>
          <li>
            <button type="button" onClick={() => this.setState({ error: null })}>
              Try again
            </button>
          </li>
          <li>
            <a href="./">Open the built-in dataset</a> (the current scenario and view are dropped)
          </li>
        </ul>
      </div>
    );
  }
}
