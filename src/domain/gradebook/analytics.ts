/**
 * The class view. For a role-play: at each decision point, the share of the class
 * taking each choice; where most went wrong; which red lines were crossed and how
 * often; the spread of scores and endings; the average of each competency. For a quiz
 * or an exam: each question's facility and discrimination (`item-statistics.ts`), the
 * questions most missed and the wrong option chosen most.
 *
 * Each student counts once per role-play: their first counted attempt, as Moodle's
 * statistics use first attempts, so practice after feedback does not hide what the
 * class first did.
 */
import { COMPETENCIES, type Competency } from '../scenario/competencies.ts';
import { judgeMoves } from '../scenario/scoring.ts';
import type { Answer } from '../quiz/grade.ts';
import type { IndexedQuestion } from '../quiz/index.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { StudentRow } from './gradebook.ts';
import { itemStatistics, type ItemStatistics } from './item-statistics.ts';

export interface ChoiceShare {
  /** The authored choice index, or "timeout". */
  choice: number | 'timeout' | 'reply';
  count: number;
  /** Share of the students who reached the node, 0–100. */
  percent: number;
  /** Earned fewer points than the best choice offered. */
  weak: boolean;
  critical: boolean;
}

export interface NodeStats {
  node: string;
  /** Students who made a move here. */
  reached: number;
  choices: ChoiceShare[];
  /** Share of the moves here that were weak or crossed a red line, 0–100. */
  wrongPercent: number;
  /** Students who went from here to each next box, by `to` id. */
  lines: Record<string, number>;
}

export interface ScenarioAnalytics {
  scenarioId: string;
  hash: string;
  scenario: Scenario;
  students: number;
  nodes: NodeStats[];
  /** Nodes by share of wrong moves, worst first (only nodes someone got wrong). */
  troubleSpots: string[];
  critical: { node: string; choice: number | 'timeout' | 'reply'; count: number }[];
  /** Students per score band: 0–9, 10–19, …, 90–100. */
  scoreBands: number[];
  endings: Record<string, number>;
  passed: number;
  /** Mean percent per competency over the students whose path tested it. */
  competencies: Record<Competency, number | null>;
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);

/** One analysis per scenario version the class played (normally one, the assigned one). */
export function scenarioAnalytics(rows: readonly StudentRow[]): ScenarioAnalytics[] {
  const firsts = new Map<string, { scenario: Scenario; hash: string; played: NonNullable<Extract<StudentRow['checks'][number], { status: 'scored' }>>[] }>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const check of row.checks) {
      if (check.status !== 'scored' || seen.has(check.attempt.scenarioId)) continue;
      seen.add(check.attempt.scenarioId);
      const key = `${check.attempt.scenarioId}@${check.attempt.contentHash}`;
      const group = firsts.get(key) ?? { scenario: check.scenario, hash: check.attempt.contentHash, played: [] };
      group.played.push(check);
      firsts.set(key, group);
    }
  }
  return [...firsts.values()].map(({ scenario, hash, played }) => {
    const nodes = new Map<string, NodeStats>();
    const critical = new Map<string, { node: string; choice: number | 'timeout' | 'reply'; count: number }>();
    const scoreBands = Array<number>(10).fill(0);
    const endings: Record<string, number> = {};
    const competencySums = Object.fromEntries(COMPETENCIES.map((c) => [c, { sum: 0, n: 0 }])) as Record<Competency, { sum: number; n: number }>;
    let passed = 0;
    for (const check of played) {
      const reachedHere = new Set<string>();
      // Each attempt is judged as its own customer variant played it.
      for (const judged of judgeMoves(check.scenario, check.played.moves)) {
        const id = judged.move.node;
        const stats = nodes.get(id) ?? { node: id, reached: 0, choices: [], wrongPercent: 0, lines: {} };
        if (!reachedHere.has(id)) stats.reached++;
        reachedHere.add(id);
        const choice = 'reply' in judged.move ? ('reply' as const) : 'timeout' in judged.move ? ('timeout' as const) : judged.move.choice;
        const share = stats.choices.find((c) => c.choice === choice) ?? { choice, count: 0, percent: 0, weak: judged.weak, critical: judged.critical };
        if (!stats.choices.includes(share)) stats.choices.push(share);
        share.count++;
        stats.lines[judged.after.at] = (stats.lines[judged.after.at] ?? 0) + 1;
        nodes.set(id, stats);
        if (judged.critical) {
          const key = `${id}|${choice}`;
          const seen = critical.get(key) ?? { node: id, choice, count: 0 };
          seen.count++;
          critical.set(key, seen);
        }
      }
      const overall = check.score.overall ?? 0;
      scoreBands[Math.min(9, Math.floor(overall / 10))]!++;
      if (check.played.ending) endings[check.played.ending] = (endings[check.played.ending] ?? 0) + 1;
      if (check.score.passed) passed++;
      for (const c of COMPETENCIES) {
        const percent = check.score.competencies[c].percent;
        if (percent === null) continue;
        competencySums[c].sum += percent;
        competencySums[c].n++;
      }
    }
    const nodeList = Object.keys(scenario.nodes).flatMap((id) => {
      const stats = nodes.get(id);
      if (!stats) return [];
      const moves = stats.choices.reduce((sum, c) => sum + c.count, 0);
      stats.choices.forEach((c) => (c.percent = pct(c.count, moves)));
      stats.choices.sort((a, b) => b.count - a.count);
      stats.wrongPercent = pct(
        stats.choices.filter((c) => c.weak || c.critical).reduce((sum, c) => sum + c.count, 0),
        moves,
      );
      return [stats];
    });
    return {
      scenarioId: scenario.id,
      hash,
      scenario,
      students: played.length,
      nodes: nodeList,
      troubleSpots: nodeList
        .filter((n) => n.wrongPercent > 0)
        .sort((a, b) => b.wrongPercent - a.wrongPercent || b.reached - a.reached)
        .map((n) => n.node),
      critical: [...critical.values()].sort((a, b) => b.count - a.count),
      scoreBands,
      endings,
      passed,
      competencies: Object.fromEntries(
        COMPETENCIES.map((c) => [c, competencySums[c].n > 0 ? Math.round(competencySums[c].sum / competencySums[c].n) : null]),
      ) as Record<Competency, number | null>,
    };
  });
}

/** A wrong option, as the question's authored index, or a true/false value. */
export type WrongPick = number | boolean;

export interface QuestionAnalysis extends ItemStatistics {
  chapter: string;
  /** The wrong option chosen most, and by how many (null when nobody chose a wrong option). */
  commonWrong: { pick: WrongPick; count: number } | null;
}

/** The wrong options an answer picked. */
function wrongPicks(indexed: IndexedQuestion, answer: Answer): WrongPick[] {
  const q = indexed.question;
  if ((q.type === 'single' || q.type === 'dialogue') && (answer.type === 'single' || answer.type === 'dialogue'))
    return answer.choice === q.answer ? [] : [answer.choice];
  if (q.type === 'multiple' && answer.type === 'multiple') return answer.choices.filter((c) => !q.answer.includes(c));
  if (q.type === 'truefalse' && answer.type === 'truefalse') return answer.value === q.answer ? [] : [answer.value];
  return [];
}

/**
 * Item analysis of one quiz or exam: `papers` gives each student's marks (0–1) by
 * question id and the answers given. Sorted with the most missed question first.
 */
export function questionAnalytics(
  papers: readonly { marks: Readonly<Record<string, number>>; answers: Readonly<Record<string, Answer | null | undefined>> }[],
  questions: ReadonlyMap<string, IndexedQuestion>,
): QuestionAnalysis[] {
  const ids = [...new Set(papers.flatMap((p) => Object.keys(p.marks)))].filter((id) => questions.has(id));
  const stats = itemStatistics(
    ids,
    papers.map((p) => ({ scores: p.marks })),
  );
  return stats
    .map((s) => {
      const indexed = questions.get(s.questionId)!;
      const counts = new Map<WrongPick, number>();
      for (const paper of papers) {
        const answer = paper.answers[s.questionId];
        if (answer) for (const pick of wrongPicks(indexed, answer)) counts.set(pick, (counts.get(pick) ?? 0) + 1);
      }
      const [pick, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
      return { ...s, chapter: indexed.chapter, commonWrong: pick === undefined ? null : { pick, count: count! } };
    })
    .sort((a, b) => (a.facility ?? 101) - (b.facility ?? 101) || a.questionId.localeCompare(b.questionId));
}

/** The class's quiz papers (first answers in the assigned chapters) and exam papers, for `questionAnalytics`. */
export function quizPapers(rows: readonly StudentRow[]) {
  return rows.map((row) => ({ marks: row.quizMarks, answers: Object.fromEntries(row.quizAnswers.map((a) => [a.questionId, a.answer])) }));
}

export function examPapers(rows: readonly StudentRow[]) {
  return rows.flatMap((row) => (row.examCheck ? [{ marks: row.examCheck.marks, answers: row.examCheck.exam.answers }] : []));
}
