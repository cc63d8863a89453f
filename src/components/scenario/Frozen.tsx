/** While `frozen`, its children are not rendered again from above: the screen keeps their last frame (their own state still updates). */
import { memo, type ReactNode } from 'react';

export const Frozen = memo(
  function Frozen({ children }: { frozen: boolean; children: ReactNode }) {
    return children;
  },
  (_, next) => next.frozen,
);
