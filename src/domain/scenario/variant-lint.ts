/** The lint's checks of customer variants (kept apart from variants.ts, which the player loads). */
import type { LintIssue } from '../yaml/load-yaml.ts';
import type { Scenario, Text } from '../../schemas/scenario.ts';
import { isText, PLACEHOLDER } from './variants.ts';

/** Every text in the scenario's body with its YAML path (the variants themselves aside). */
function* textsOf(value: unknown, path: (string | number)[] = []): Generator<[Text, (string | number)[]]> {
  if (isText(value)) yield [value, path];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* textsOf(item, [...path, i]);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) if (!(path.length === 0 && key === 'variants')) yield* textsOf(item, [...path, key]);
}

/**
 * What the schema cannot check about variants, each at its YAML path: a duplicate id,
 * a `{detail}` no variant defines, a variant missing a detail the others define, a
 * detail in the title or summary (shown in lists, before any customer is drawn).
 */
export function variantIssues(scenario: Scenario): LintIssue[] {
  const issues: LintIssue[] = [];
  const variants = scenario.variants ?? [];
  const seen = new Set<string>();
  variants.forEach((v, i) => {
    if (seen.has(v.id)) issues.push({ path: ['variants', i, 'id'], message: `the variant id "${v.id}" is used twice` });
    seen.add(v.id);
  });
  const defined = new Set(variants.flatMap((v) => Object.keys(v.details ?? {})));
  const used = new Set<string>();
  for (const [text, path] of textsOf(scenario)) {
    for (const name of new Set([...text.zh.matchAll(PLACEHOLDER), ...text.en.matchAll(PLACEHOLDER)].map((m) => m[1]!))) {
      used.add(name);
      if (path[0] === 'title' || path[0] === 'summary')
        issues.push({ path, message: `"{${name}}": the ${path[0]} is shown before a customer is drawn, so it cannot name a detail` });
      else if (!defined.has(name))
        issues.push({
          path,
          message: variants.length ? `"{${name}}" is not a detail any variant defines` : `"{${name}}" names a detail, but the scenario has no variants`,
        });
    }
  }
  variants.forEach((v, i) => {
    const own = new Set(Object.keys(v.details ?? {}));
    const missing = [...new Set([...defined, ...used])].filter((name) => !own.has(name) && defined.has(name));
    if (missing.length > 0) issues.push({ path: ['variants', i], message: `the variant "${v.id}" does not define ${missing.map((n) => `"${n}"`).join(', ')}` });
    for (const name of [...own].filter((n) => !used.has(n))) issues.push({ path: ['variants', i, 'details', name], message: `no text uses "{${name}}"` });
  });
  return issues;
}
