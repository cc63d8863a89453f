/**
 * The mock exam's papers (`content/exam-paper.yaml`): like a certification paper,
 * sections by question type in order, each with its number of questions and the
 * marks per question, the time and the pass mark. The build reads the file through
 * `loadPaperConfig`; islands get the checked papers as data and import only types.
 */
import { z } from 'zod';
import { LIMITS } from '../../schemas/limits.ts';
import { questionSchema, type QuestionType } from '../../schemas/question.ts';
import { textSchema } from '../../schemas/scenario.ts';
import { loadYaml, type LintIssue, type YamlResult } from '../yaml/load-yaml.ts';

const QUESTION_TYPES = questionSchema.options.map((o) => o.shape.type.value) as [QuestionType, ...QuestionType[]];

export const paperSectionSchema = z.strictObject({
  /** The section's heading without its number (一、 is added): 单项选择题. */
  title: textSchema,
  /** The question types the section is filled with. */
  types: z.array(z.enum(QUESTION_TYPES, { error: `use one of: ${QUESTION_TYPES.join(', ')}` })).min(1, 'give at least one question type'),
  questions: z.number().int('a whole number of questions').min(1, 'a section has at least one question'),
  /** Marks for each question of the section; partial credit earns its share. */
  marks: z.number().positive('marks must be more than 0').multipleOf(0.5, 'marks are whole or half marks'),
});

export const paperSchema = z.strictObject({
  /** Stable: exam records keep it. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** How the choice of paper names it: 完整模拟. */
  name: textSchema,
  minutes: z.number().int('whole minutes').min(1, 'a paper lasts at least one minute'),
  /** Marks needed to pass, out of the paper's total. */
  passMark: z.number().min(0, 'the pass mark cannot be negative'),
  sections: z.array(paperSectionSchema).min(1, 'a paper has at least one section'),
});

export const paperConfigSchema = z.strictObject({
  /** The first paper is the one offered first. */
  papers: z.array(paperSchema).min(1, 'give at least one paper'),
});

export type PaperSection = z.infer<typeof paperSectionSchema>;
export type Paper = z.infer<typeof paperSchema>;
export type PaperConfig = z.infer<typeof paperConfigSchema>;

/** The paper's total marks. */
export function paperMarks(paper: Pick<Paper, 'sections'>): number {
  return paper.sections.reduce((sum, s) => sum + s.questions * s.marks, 0);
}

export function paperQuestions(paper: Pick<Paper, 'sections'>): number {
  return paper.sections.reduce((sum, s) => sum + s.questions, 0);
}

/** What the schema cannot say: ids once, each type in one section, a pass mark the paper can reach. */
export function lintPaperConfig(config: PaperConfig): LintIssue[] {
  const issues: LintIssue[] = [];
  const ids = new Set<string>();
  config.papers.forEach((paper, p) => {
    if (ids.has(paper.id)) issues.push({ path: ['papers', p, 'id'], message: `paper "${paper.id}" is defined twice` });
    ids.add(paper.id);
    const seen = new Map<string, number>();
    paper.sections.forEach((section, s) =>
      section.types.forEach((type, i) => {
        const earlier = seen.get(type);
        if (earlier !== undefined)
          issues.push({ path: ['papers', p, 'sections', s, 'types', i], message: `"${type}" is already drawn in section ${earlier + 1}` });
        else seen.set(type, s);
      }),
    );
    const total = paperMarks(paper);
    if (paper.passMark > total)
      issues.push({ path: ['papers', p, 'passMark'], message: `the pass mark ${paper.passMark} is more than the paper's ${total} marks` });
  });
  return issues;
}

export function loadPaperConfig(file: string, source: string): YamlResult<PaperConfig> {
  return loadYaml(file, source, paperConfigSchema, lintPaperConfig, { maxChars: LIMITS.paperFileChars, what: 'the exam paper file' });
}
