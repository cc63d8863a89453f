/**
 * Customer variants: a scenario may declare several customers (a temperament, a starting
 * mood, a detail of the story). One is drawn from a seed when a call starts and stored
 * with the attempt.
 *
 * The rule the whole app follows: a scenario is played as its first variant. `playedAs`
 * gives the scenario as one variant plays it: that variant first, its starting mood, and
 * every `{detail}` in the texts filled in. The machine, the scoring, the replay and the
 * path analysis then need nothing else to reproduce the call; an attempt stored without
 * a variant (made before variants, or on a scenario without them) meets the first.
 */
import { seededRandom } from '../random.ts';
import type { Scenario, Text, Variant } from '../../schemas/scenario.ts';
import { withRoutes, type StoredScenario } from './routes.ts';

/** `{product}`, `{days-waited}`: a detail named in a text. */
export const PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;

/** The variant a call draws from `seed` (the same seed, the same customer); undefined without variants. */
export function drawVariant(scenario: Scenario, seed: number): string | undefined {
  const variants = scenario.variants ?? [];
  return variants.length > 0 ? variants[Math.floor(seededRandom(seed)() * variants.length)]!.id : undefined;
}

/** The variant a played scenario is played as (its first); undefined without variants. */
export const variantMet = (scenario: Scenario): Variant | undefined => scenario.variants?.[0];

/** A text in both languages: `{ zh, en }` of two strings (a reply's `look-for` lists have the same keys, but are not texts). */
export const isText = (value: unknown): value is Text =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 2 &&
  typeof (value as { zh?: unknown }).zh === 'string' &&
  typeof (value as { en?: unknown }).en === 'string';

/** A copy of the body with each text mapped; everything else is kept as it is. */
function mapTexts(value: unknown, f: (text: Text) => Text, top = true): unknown {
  if (isText(value)) return f(value);
  if (Array.isArray(value)) return value.map((item) => mapTexts(item, f, false));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, top && key === 'variants' ? item : mapTexts(item, f, false)]));
}

const played = new WeakMap<Scenario, Map<string, Scenario>>();

/**
 * The scenario as the variant `id` plays it (the first variant when `id` is absent or
 * unknown). The same object each time for the same scenario and variant, so machines
 * and cached points built on it are reused.
 */
export function playedAs(scenario: Scenario, id?: string): Scenario {
  const variants = scenario.variants;
  if (!variants) return scenario;
  const variant = variants.find((v) => v.id === id) ?? variants[0]!;
  let byId = played.get(scenario);
  if (!byId) played.set(scenario, (byId = new Map()));
  let result = byId.get(variant.id);
  if (!result) {
    const details = variant.details ?? {};
    const fill = (text: Text): Text => ({
      zh: text.zh.replace(PLACEHOLDER, (whole, name: string) => details[name]?.zh ?? whole),
      en: text.en.replace(PLACEHOLDER, (whole, name: string) => details[name]?.en ?? whole),
    });
    result = {
      ...(mapTexts(scenario, fill) as Scenario),
      mood: variant.mood ?? scenario.mood,
      variants: [variant, ...variants.filter((v) => v !== variant)],
    };
    byId.set(variant.id, result);
  }
  return result;
}

/** The scenario as each of its variants plays it (the scenario alone when it has none). */
export const everyVariant = (scenario: Scenario): Scenario[] => (scenario.variants ?? [undefined]).map((v) => playedAs(scenario, v?.id));

/** A version as stored (`content-archive/`, fetched by hash), as an attempt that met `variant` played it: what its replay runs on. */
export function versionPlayedAs(stored: StoredScenario, variant?: string): Scenario {
  return playedAs(withRoutes(stored), variant);
}
