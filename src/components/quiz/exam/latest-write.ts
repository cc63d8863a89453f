/**
 * The exam shows each change at once and then the record the store wrote. Writes run in the
 * order they are made, each reading what the one before wrote; their results can still come
 * back after a later change is on screen. A result is shown only if no change was made after
 * it: the later write's result includes it. (Shown otherwise, an answer just given vanished
 * until its own write came back.)
 */
export function latestWrite<T>(): (write: () => Promise<T>, show: (written: T) => void) => Promise<void> {
  let made = 0;
  return async (write, show) => {
    const turn = ++made;
    const written = await write();
    if (turn === made) show(written);
  };
}
