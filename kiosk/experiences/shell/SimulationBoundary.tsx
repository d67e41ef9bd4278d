import { Component, type ReactNode } from 'react';

interface Props {
  fallback: ReactNode;
  children: ReactNode;
}

/** A simulation that breaks (odd content, a missing device) leaves the rest of the screen working. */
export class SimulationBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn(`[experience] a simulation failed: ${String(error)}`);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
