/**
 * The course facts a package needs, read from the content files with the same loaders the
 * build uses (so a file the build refuses is refused here too, with the same message).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatProblem } from '../../domain/yaml/load-yaml.ts';
import { loadPaperConfig, paperMarks } from '../../domain/quiz/paper.ts';
import { ContentError, readQuestionFolder, readScenarioFolder } from '../../build/yaml-folder.ts';
import { translationsOf } from '../../i18n/strings.ts';
import type { CourseFacts } from './outline.ts';

/** A chapter file's front matter: its place in the course and its title. */
async function chapterHeads(dir: string): Promise<Map<string, { chapter: number; title: string }>> {
  const heads = new Map<string, { chapter: number; title: string }>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.mdx'))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(await readFile(join(dir, name), 'utf8'));
    const data = parse(front?.[1] ?? '') as { chapter?: number; title?: string } | null;
    if (typeof data?.chapter !== 'number' || typeof data.title !== 'string')
      throw new Error(`${join(dir, name)}: no chapter number or title in the front matter`);
    heads.set(name.replace(/\.mdx$/, ''), { chapter: data.chapter, title: data.title });
  }
  return heads;
}

export async function readCourse(root = '.'): Promise<CourseFacts> {
  const zh = await chapterHeads(join(root, 'content/chapters/zh'));
  const en = await chapterHeads(join(root, 'content/chapters/en'));
  const chapters = [...zh]
    .sort((a, b) => a[1].chapter - b[1].chapter)
    .map(([slug, head]) => ({ slug, title: { zh: head.title, en: en.get(slug)?.title ?? head.title } }));

  const scenarios = await readScenarioFolder(join(root, 'scenarios'), join(root, 'content/forbidden-phrases.yaml'));
  if (scenarios.problems.length > 0) throw new ContentError('scenarios', scenarios.problems);
  const banks = await readQuestionFolder(join(root, 'content/questions'), join(root, 'content/chapters/zh'));
  if (banks.problems.length > 0) throw new ContentError('question banks', banks.problems);
  const paperFile = join(root, 'content/exam-paper.yaml');
  const papers = loadPaperConfig(paperFile, await readFile(paperFile, 'utf8'));
  if (!papers.ok) throw new Error(papers.problems.map(formatProblem).join('\n'));

  return {
    title: { zh: translationsOf('zh')('site.name'), en: translationsOf('en')('site.name') },
    chapters,
    scenarios: scenarios.loaded.map(({ scenario }) => ({ id: scenario.id, chapter: scenario.chapter, title: scenario.title, passMark: scenario.passMark })),
    quizzes: banks.loaded.map((b) => b.chapter),
    papers: papers.value.papers.map((p) => ({ id: p.id, name: p.name, passShare: p.passMark / paperMarks(p) })),
  };
}
