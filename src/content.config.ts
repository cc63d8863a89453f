import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ContentError, readQuestionFolder, readScenarioFolder } from './build/yaml-folder.ts';
import { hashContent } from './domain/content-hash.ts';
import { questionBankSchema } from './schemas/question.ts';
import { scenarioSchema } from './schemas/scenario.ts';
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

/** Question banks: `content/questions/<chapter>.yaml`, each with its version's hash; a broken one (alone or beside the others) stops the build. */
const questions = defineCollection({
  loader: async () => {
    const { loaded, problems } = await readQuestionFolder('content/questions', 'content/chapters/zh');
    if (problems.length > 0) throw new ContentError('question banks', problems);
    return loaded.map((bank) => ({ id: bank.chapter, ...bank, hash: hashContent(bank) }));
  },
  // The loader has validated each bank; this (non-strict) copy gives the entries their type.
  schema: z.object({ ...questionBankSchema.shape, hash: z.string() }),
});

export const collections = { chapters, scenarios, questions };
