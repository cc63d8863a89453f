/** A question bank file's text → validated questions, with rules a schema cannot state. */
import type { Text } from '../../schemas/scenario.ts';
import { baseName, loadYaml, type LintIssue, type YamlPath, type YamlResult } from '../yaml/load-yaml.ts';
import { drawParams, inRange } from './calc.ts';
import { CALC_TEMPLATES } from './calc-templates.ts';
import { keywordHits, keywordProblem } from './keywords.ts';
import { questionBankSchema, type Question, type QuestionBank } from '../../schemas/question.ts';
import { isWritten, writtenParts } from './written.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { asRead } from '../as-read.ts';

const LOCALES = ['zh', 'en'] as const;

/** Lists of options or items in which two say the same in one language. */
function sameOptions(list: readonly Text[], key: string): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const locale of LOCALES) {
    const seen = new Map<string, number>();
    list.forEach((text, i) => {
      const said = asRead(text[locale]);
      const first = seen.get(said);
      if (first === undefined) seen.set(said, i);
      else issues.push({ path: [key, i, locale], message: `says the same as ${key === 'items' ? 'item' : 'option'} ${first + 1}` });
    });
  }
  return issues;
}

function writtenIssues(q: Question): LintIssue[] {
  if (!isWritten(q)) return [];
  const issues: LintIssue[] = [];
  writtenParts(q).forEach((part, p) => {
    const base: YamlPath = q.type === 'case' ? ['parts', p] : [];
    part.points.forEach((point, i) => {
      for (const locale of LOCALES) {
        const bad = point.keywords[locale].map(keywordProblem).filter((m) => m !== null);
        for (const message of bad) issues.push({ path: [...base, 'points', i, 'keywords', locale], message });
        if (bad.length === 0 && keywordHits(point, locale, part.modelAnswer[locale]).length === 0) {
          issues.push({
            path: [...base, 'points', i, 'keywords', locale],
            message: `no keyword of this point occurs in the model answer (${locale}): the model answer must make every point`,
          });
        }
      }
    });
  });
  return issues;
}

function calcIssues(q: Question): LintIssue[] {
  if (q.type !== 'calc') return [];
  const template = CALC_TEMPLATES[q.template];
  const issues: LintIssue[] = [];
  for (const [name, n] of Object.entries(q.params ?? {})) {
    const s = template.params.find((p) => p.name === name);
    if (!s)
      issues.push({ path: ['params', name], message: `"${q.template}" has no number "${name}"; it has: ${template.params.map((p) => p.name).join(', ')}` });
    else if (!inRange(s, n)) issues.push({ path: ['params', name], message: `${n} is outside ${s.min}…${s.max} (in steps of ${s.step})` });
  }
  if (issues.length === 0 && drawParams(template, 0, q.params) === null) {
    issues.push({ path: ['params'], message: `these fixed numbers leave no valid "${q.template}" question` });
  }
  return issues;
}

export function lintQuestionBank(bank: QuestionBank, expectedChapter: string): LintIssue[] {
  const issues: LintIssue[] = [];
  if (bank.chapter !== expectedChapter) {
    issues.push({ path: ['chapter'], message: `the chapter "${bank.chapter}" must equal the file name "${expectedChapter}"` });
  }
  const seen = new Set<string>();
  bank.questions.forEach((q, index) => {
    const at = (...rest: (string | number)[]) => ['questions', index, ...rest];
    const add = (found: LintIssue[]) => issues.push(...found.map((i) => ({ ...i, path: at(...i.path) })));
    if (seen.has(q.id)) issues.push({ path: at('id'), message: `the id "${q.id}" is used twice` });
    seen.add(q.id);
    if (!q.id.startsWith(`${bank.chapter}-`)) issues.push({ path: at('id'), message: `the id must start with "${bank.chapter}-"` });
    if (q.type === 'single' || q.type === 'dialogue') {
      if (q.answer >= q.options.length)
        issues.push({ path: at('answer'), message: `answer ${q.answer} is not an option: options are numbered 0 to ${q.options.length - 1}` });
    }
    if (q.type === 'multiple') {
      const bad = q.answer.filter((a) => a >= q.options.length);
      if (bad.length > 0)
        issues.push({ path: at('answer'), message: `answer ${bad.join(', ')} is not an option: options are numbered 0 to ${q.options.length - 1}` });
      if (new Set(q.answer).size !== q.answer.length) issues.push({ path: at('answer'), message: 'an option is listed twice in the answer' });
      if (q.answer.length === q.options.length)
        issues.push({ path: at('answer'), message: 'every option is right: add a wrong one, or make it a true/false question' });
    }
    if ('options' in q) add(sameOptions(q.options, 'options'));
    if (q.type === 'ordering') add(sameOptions(q.items, 'items'));
    add(writtenIssues(q));
    add(calcIssues(q));
  });
  return issues;
}

export function loadQuestionBank(file: string, source: string): YamlResult<QuestionBank> {
  return loadYaml(file, source, questionBankSchema, (bank) => lintQuestionBank(bank, baseName(file)), {
    maxChars: LIMITS.bankFileChars,
    what: 'a question bank',
  });
}
