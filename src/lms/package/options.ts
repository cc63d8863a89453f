/**
 * What `npm run build:scorm` makes: read from `scorm.config.yaml` (if there is one), then
 * overridden by command-line arguments. Pure: it takes the file's text and the arguments;
 * a mistake comes back as a message naming the bad value.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { ScormVersion } from './manifest.ts';

/** `both` is the two SCORM versions; `cmi5` a cmi5 package (`cmi5.xml`). */
export const VERSION_CHOICES = ['1.2', '2004', 'both', 'cmi5'] as const;

export type PackageFormat = ScormVersion | 'cmi5';

export interface PackageOptions {
  versions: PackageFormat[];
  lang: Locale;
  /** Chosen items (`scenario:complaint-lscia`); empty for the whole course. */
  only: string[];
  out: string;
  /** The zip files' names begin with this; also the manifest's identifier. */
  name: string;
}

const configSchema = z.strictObject({
  version: z.union([z.enum(VERSION_CHOICES), z.number().transform(String)]).optional(),
  lang: z.string().optional(),
  only: z.array(z.string()).optional(),
  out: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
});

type Raw = { version?: string; lang?: string; only?: string[]; out?: string; name?: string };

export type Parsed = { ok: true; options: PackageOptions } | { ok: false; error: string };

function parseConfig(file: string, source: string): Raw | string {
  let data: unknown;
  try {
    data = parse(source) ?? {};
  } catch (e) {
    return `${file}: not YAML (${(e as Error).message.split('\n')[0]})`;
  }
  const checked = configSchema.safeParse(data);
  if (!checked.success) return `${file}: ${checked.error.issues.map((i) => `${i.path.join('.') || 'top'}: ${i.message}`).join('; ')}`;
  return checked.data;
}

const FLAGS = ['--only', '--version', '--lang', '--out', '--name', '--config'] as const;

/** `--flag value` or `--flag=value`; returns the raw values or the first mistake. */
export function parseArgs(args: readonly string[]): (Raw & { config?: string }) | string {
  const raw: Raw & { config?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s) as [string, string | undefined];
    if (!(FLAGS as readonly string[]).includes(flag)) return `unknown argument "${args[i]}" (arguments: ${FLAGS.join(', ')})`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return `${flag} needs a value`;
    const key = flag.slice(2) as keyof typeof raw;
    if (key === 'only')
      raw.only = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else raw[key] = value;
  }
  return raw;
}

/** The options from the config file's text (null when there is none) and the arguments, which win. */
export function resolveOptions(config: { file: string; source: string } | null, args: Raw): Parsed {
  const fromFile = config ? parseConfig(config.file, config.source) : {};
  if (typeof fromFile === 'string') return { ok: false, error: fromFile };
  const raw = { ...fromFile, ...Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) } as Raw;
  const version = raw.version ?? 'both';
  if (!(VERSION_CHOICES as readonly string[]).includes(version))
    return { ok: false, error: `unknown package version "${version}" (choose ${VERSION_CHOICES.join(', ')})` };
  const lang = raw.lang ?? 'zh';
  if (!(LOCALES as readonly string[]).includes(lang)) return { ok: false, error: `unknown language "${lang}" (choose ${LOCALES.join(', ')})` };
  const versions: PackageFormat[] = version === 'both' ? ['1.2', '2004'] : [version as PackageFormat];
  return {
    ok: true,
    options: { versions, lang: lang as Locale, only: raw.only ?? [], out: raw.out ?? 'dist-scorm', name: raw.name ?? `service-dojo-${lang}` },
  };
}
