/** A page as bytes (a `Buffer`, offsets in bytes) or as text (a string, offsets in characters). */
interface Searchable {
  indexOf(text: string, from?: number): number;
  lastIndexOf(text: string, from?: number): number;
}

/**
 * Where a text first shows in a built page: the byte offset of its first occurrence in the
 * page's text, not inside a tag. A role-play page's first line comes once in its island's
 * props (an attribute, before the island's markup) and again, later, as the line a reader
 * sees; the bytes before the second are what a reader waits for. Attribute values are
 * escaped (`&gt;`), so a `>` in the page always closes a tag.
 */
export function textOffset(html: Searchable, text: string): number {
  for (let at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + 1)) if (html.lastIndexOf('>', at) > html.lastIndexOf('<', at)) return at;
  return -1;
}
