/**
 * Filters the server-rendered scenario index in place. The form's selects name the
 * facets the cards carry as `data-*`; the chosen values live in the address's query, so
 * an instructor can share a filtered list and a reload restores it. Without script the
 * whole list stays readable. The count of matches is announced in the form's status line,
 * worded from its `data-count` / `data-none` templates (no interface text in the script).
 */
const form = document.querySelector<HTMLFormElement>('form[data-filters]');
const countLine = form?.querySelector<HTMLElement>('[role="status"]');
const cards = [...document.querySelectorAll<HTMLElement>('[data-scenario]')];

function selects(): HTMLSelectElement[] {
  return [...(form?.querySelectorAll('select') ?? [])];
}

function show(params: URLSearchParams) {
  const chosen = selects().map((select) => {
    const value = params.get(select.name) ?? '';
    select.value = [...select.options].some((o) => o.value === value) ? value : '';
    return [select.name, select.value] as const;
  });
  let n = 0;
  for (const card of cards) {
    card.hidden = !chosen.every(([facet, value]) => value === '' || card.dataset[facet] === value);
    if (!card.hidden) n += 1;
  }
  if (!countLine) return;
  const text = n === 0 ? (countLine.dataset.none ?? '') : (countLine.dataset.count ?? '').replace('{n}', String(n)).replace('{total}', String(cards.length));
  if (countLine.textContent !== text) countLine.textContent = text;
}

if (form) {
  form.addEventListener('change', () => {
    const params = new URLSearchParams();
    for (const select of selects()) if (select.value) params.set(select.name, select.value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    show(params);
  });
  // The form has no submit button; Enter in it must not reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  show(new URLSearchParams(location.search));
}
