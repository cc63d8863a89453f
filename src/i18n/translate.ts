/**
 * Turning a key into interface text. Islands get only the strings of their page's
 * language and features, as a prop (see `strings.ts`) or in a block their page holds
 * (`page-strings.ts`), so this module carries no dictionary: a page ships its own
 * language's words and nothing else.
 */
import type { UiKey } from './strings.ts';

export type { UiKey };
/** Some interface strings of one language, as a page hands them to an island. */
export type Dictionary = Partial<Record<UiKey, string>>;
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders. A key missing from the dictionary shows as itself, which the string tests catch. */
export function translator(dictionary: Dictionary): Translate {
  return (key, vars) => (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
}
