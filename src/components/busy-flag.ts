/**
 * A page is busy while a role-play call or an exam is under way on it: `data-busy` on the
 * root element counts what is under way. The update notice never reloads a busy page.
 */
export function markBusy(): () => void {
  const root = document.documentElement;
  root.dataset.busy = String(Number(root.dataset.busy ?? 0) + 1);
  return () => {
    const left = Number(root.dataset.busy) - 1;
    if (left > 0) root.dataset.busy = String(left);
    else delete root.dataset.busy;
  };
}

export function pageIsBusy(): boolean {
  return document.documentElement.dataset.busy !== undefined;
}
