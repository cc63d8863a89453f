/** A question bank file's text → validated questions, with rules a schema cannot state. */
import { baseName, loadYaml, type LintIssue, type YamlResult } from '../yaml/load-yaml.ts';
import { questionBankSchema, type QuestionBank } from './schema.ts';

export function lintQuestionBank(bank: QuestionBank, expectedChapter: string): LintIssue[] {
  const issues: LintIssue[] = [];
  if (bank.chapter !== expectedChapter) {
    issues.push({ path: ['chapter'], message: `the chapter "${bank.chapter}" must equal the file name "${expectedChapter}"` });
  }
  const seen = new Set<string>();
  bank.questions.forEach((q, index) => {
    const at = (...rest: (string | number)[]) => ['questions', index, ...rest];
    if (seen.has(q.id)) issues.push({ path: at('id'), message: `the id "${q.id}" is used twice` });
    seen.add(q.id);
    if (!q.id.startsWith(`${bank.chapter}-`)) issues.push({ path: at('id'), message: `the id must start with "${bank.chapter}-"` });
    if (q.type === 'single' || q.type === 'dialogue') {
      if (q.answer >= q.options.length) issues.push({ path: at('answer'), message: `answer ${q.answer} is not an option: options are numbered 0 to ${q.options.length - 1}` });
    }
    if (q.type === 'multiple') {
      const bad = q.answer.filter((a) => a >= q.options.length);
      if (bad.length > 0) issues.push({ path: at('answer'), message: `answer ${bad.join(', ')} is not an option: options are numbered 0 to ${q.options.length - 1}` });
      if (new Set(q.answer).size !== q.answer.length) issues.push({ path: at('answer'), message: 'an option is listed twice in the answer' });
      if (q.answer.length === q.options.length) issues.push({ path: at('answer'), message: 'every option is right: add a wrong one, or make it a true/false question' });
    }
  });
  return issues;
}

export function loadQuestionBank(file: string, source: string): YamlResult<QuestionBank> {
  return loadYaml(file, source, questionBankSchema, (bank) => lintQuestionBank(bank, baseName(file)));
}
