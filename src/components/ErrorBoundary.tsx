/**
 * Keeps a failure in one part of a page to that part: what it was showing is replaced
 * by a short notice, and the rest of the island (on /progress, the backup panel: the
 * learner's way out of a broken record) keeps working. The error goes to the console.
 */
import { Component, type ReactNode } from 'react';
import type { Translate } from '../i18n/translate.ts';

interface Props {
  t: Translate;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="notice notice-error" role="alert">
        {this.props.t('progress.partFailed')}
      </p>
    );
  }
}
