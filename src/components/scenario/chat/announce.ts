/**
 * A live region's text, filled after the frame it belongs to is painted: laying out its
 * text would otherwise delay that frame. Screen readers announce it a frame later.
 */
import { useEffect, useState } from 'react';

export function useAfterPaint(text: string): string {
  const [spoken, setSpoken] = useState(text);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setSpoken(text), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [text]);
  return spoken;
}
