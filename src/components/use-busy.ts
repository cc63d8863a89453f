/** Marks the page busy (see busy-flag.ts) while `busy` holds. */
import { useEffect } from 'react';
import { markBusy } from './busy-flag.ts';

export function useBusy(busy: boolean): void {
  useEffect(() => (busy ? markBusy() : undefined), [busy]);
}
