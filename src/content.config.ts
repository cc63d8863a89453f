import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ContentError, readScenarioFolder } from './build/yaml-folder.ts';
import { scenarioSchema } from './domain/scenario/schema.ts';
import { chapterSchema } from './schemas/chapter.ts';

/** Chapters: `content/chapters/<locale>/<slug>.mdx`, entry id `<locale>/<slug>`. */
const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

/** Scenarios: a broken file stops the build with file, line, node and reason. */
const scenarios = defineCollection({
  loader: async () => {
    const { loaded, problems } = await readScenarioFolder('scenarios');
    if (problems.length > 0) throw new ContentError('scenario files', problems);
    return loaded.map(({ scenario, hash }) => ({ id: scenario.id, scenario, hash }));
  },
  schema: z.object({ scenario: scenarioSchema, hash: z.string() }),
});

export const collections = { chapters, scenarios };
