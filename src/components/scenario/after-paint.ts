/**
 * Runs `work` once the browser has painted the current frame (a task queued from the next
 * animation frame runs after that frame's paint). Returns the function that cancels it.
 * The player uses it for everything a click need not wait for.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `work` after the current frame's paint, as `afterPaint` does, but at the latest after
 * `ms` (a hidden tab paints no frame) and before the page is left: for a learner's step,
 * which may wait a frame but must neither wait on a hidden tab nor go with the page.
 */
export function soonAfterPaint(work: () => void, ms = 250): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    clearTimeout(fallback);
    removeEventListener('pagehide', run, { capture: true });
    work();
  };
  const cancel = afterPaint(run);
  const fallback = setTimeout(run, ms);
  // Capturing, so it runs before the recorder's own `pagehide` listener keeps the unsaved steps (attempt-recorder.ts).
  addEventListener('pagehide', run, { capture: true });
}
