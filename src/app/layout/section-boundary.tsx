import { Component, type ReactNode } from 'react';
import { RouteError } from './route-error.tsx';

interface Props {
  children: ReactNode;
  /** Changing it (the route's path) clears a caught error, so navigating away recovers. */
  resetKey: string;
}

interface State {
  error: unknown;
  key: string;
}

/** Catches what a section throws and shows it in place, keeping the layout around it. */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    return this.state.error ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
