import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'

type Props = { fallback: ReactNode; children: ReactNode }

/**
 * Keeps a page that throws (a bug, or a lazy page that could not be fetched offline) from leaving a blank
 * screen. Keyed by location in App, so moving to another page starts afresh.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack)
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
