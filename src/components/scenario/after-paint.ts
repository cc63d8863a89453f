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
