/**
 * Rules across question banks, which one file alone cannot check (used by
 * `npm run lint:questions`), and the per-bank summary that command prints.
 */
import type { LintIssue } from '../yaml/load-yaml.ts';
import { bankGiveaways, giveawayShares, type GiveawayStats } from './giveaways.ts';
import type { QuestionBank, QuestionType } from '../../schemas/question.ts';

/** Issues by file: a question id used in another bank, a bank for a chapter that does not exist. */
export function crossBankIssues(banks: readonly { file: string; bank: QuestionBank }[], chapters: readonly string[]): Map<string, LintIssue[]> {
  const issues = new Map<string, LintIssue[]>(banks.map(({ file }) => [file, []]));
  const firstFile = new Map<string, string>();
  for (const { file, bank } of banks) {
    if (!chapters.includes(bank.chapter)) {
      issues.get(file)!.push({ path: ['chapter'], message: `no chapter is called "${bank.chapter}": a bank is named after its chapter's file` });
    }
    bank.questions.forEach((q, i) => {
      const other = firstFile.get(q.id);
      if (other !== undefined && other !== file)
        issues.get(file)!.push({ path: ['questions', i, 'id'], message: `the id "${q.id}" is already used in ${other}` });
      else firstFile.set(q.id, file);
    });
  }
  return issues;
}

export interface BankSummary {
  chapter: string;
  types: Partial<Record<QuestionType, number>>;
  giveaways: GiveawayStats;
}

export function summariseBank(bank: QuestionBank): BankSummary {
  const types: Partial<Record<QuestionType, number>> = {};
  for (const q of bank.questions) types[q.type] = (types[q.type] ?? 0) + 1;
  return { chapter: bank.chapter, types, giveaways: bankGiveaways(bank) };
}

const TYPE_ORDER: readonly QuestionType[] = ['single', 'multiple', 'truefalse', 'ordering', 'dialogue', 'term', 'short', 'case', 'calc'];
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One line per bank: how many of each type, and how the choice questions could give their answers away. */
export function formatSummary(s: BankSummary): string {
  const shares = giveawayShares(s.giveaways);
  const c = s.giveaways.choice;
  const types = TYPE_ORDER.filter((t) => s.types[t])
    .map((t) => `${t} ${s.types[t]}`)
    .join(', ');
  const counts =
    Object.entries(s.giveaways.multiple.rightCounts)
      .map(([n, k]) => `${n}:${k}`)
      .join(' ') || '-';
  return [
    `${s.chapter}: ${Object.values(s.types).reduce((a, b) => a + b, 0)} question(s) (${types})`,
    c.count === 0
      ? '  keyed option longest: -'
      : `  keyed option longest: zh ${pct(shares.keyedLongest.zh)}, en ${pct(shares.keyedLongest.en)} of ${c.count} (chance ${pct(shares.chanceLongest)})`,
    `  keyed positions: ${c.positions.map((n, i) => `${String.fromCharCode(65 + i)} ${n}`).join(', ') || '-'}`,
    `  right options in multiple choice: ${counts}`,
  ].join('\n');
}
