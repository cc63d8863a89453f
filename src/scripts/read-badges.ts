/**
 * Marks the chapters the learner has read on pages that list chapters. Each card
 * carries `data-chapter-card="<slug>"` and `data-read-label`; a plain IndexedDB
 * read (no Dexie) loads only where such cards exist.
 */
const cards = [...document.querySelectorAll<HTMLElement>('[data-chapter-card]')];
if (cards.length > 0) {
  const { readChapterSlugs } = await import('../storage/quick-read.ts');
  const read = new Set(await readChapterSlugs());
  for (const card of cards) {
    if (!read.has(card.dataset.chapterCard ?? '')) continue;
    const badge = document.createElement('span');
    badge.className = 'read-badge';
    badge.textContent = `✓ ${card.dataset.readLabel ?? ''}`;
    card.querySelector('h2, h3')?.append(badge);
  }
}

export {}; // a module, so top-level await is allowed
