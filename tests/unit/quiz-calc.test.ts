/** Calculation questions: fresh numbers from a seed, answered by the chapter drills' own functions. */
import { describe, expect, it } from 'vitest';
import { averageHandlingTime } from '../../src/domain/drills/aht.ts';
import { netPromoterScore } from '../../src/domain/drills/nps.ts';
import { retentionRates } from '../../src/domain/drills/retention.ts';
import { calcInstance, drawParams, inRange, withinTolerance } from '../../src/domain/quiz/calc.ts';
import { evaluate } from '../../src/domain/quiz/calc-steps.ts';
import { CALC_TEMPLATE_IDS } from '../../src/domain/quiz/calc-template-ids.ts';
import { CALC_TEMPLATES } from '../../src/domain/quiz/calc-templates.ts';
import { gradeAnswer } from '../../src/domain/quiz/grade.ts';
import type { CalcQuestion } from '../../src/schemas/question.ts';

const text = (s: string) => ({ zh: s, en: s });
const calc = (template: CalcQuestion['template'], params?: Record<string, number>): CalcQuestion => ({
  id: 'ch-01',
  type: 'calc',
  template,
  section: 's',
  explanation: text('E'),
  ...(params ? { params } : {}),
});

describe("the drills the templates rely on, on the chapters' worked examples", () => {
  it('retention and churn: 5,000 members, 4,100 of them still there (chapter 8)', () => {
    expect(retentionRates({ atStart: 5000, gained: 0, atEnd: 4100 })).toEqual({ kept: 4100, lost: 900, retention: 82, churn: 18 });
    expect(retentionRates({ atStart: 800, gained: 150, atEnd: 860 })).toMatchObject({ kept: 710, retention: 88.75, churn: 11.25 });
  });
  it('NPS: 210 promoters, 190 passives, 100 detractors give 22 (chapter 7)', () => {
    expect(netPromoterScore({ promoters: 210, passives: 190, detractors: 100 })).toEqual({ respondents: 500, promoterShare: 42, detractorShare: 20, nps: 22 });
  });
  it('AHT: 80 calls, 16,800 s talk, 1,600 s hold, 4,000 s after-call work give 280 s (chapter 9)', () => {
    expect(averageHandlingTime({ calls: 80, talkSeconds: 16_800, holdSeconds: 1_600, afterCallSeconds: 4_000 })).toEqual({ handlingSeconds: 22_400, aht: 280 });
  });
});

describe.each(CALC_TEMPLATE_IDS)('calculation template %s', (id) => {
  const template = CALC_TEMPLATES[id];
  const question = calc(id);

  it('over 1,000 seeds: numbers in range, steps that reproduce the answer, the answer graded right and a wrong one wrong', () => {
    for (let seed = 0; seed < 1000; seed++) {
      const instance = calcInstance(question, seed);
      for (const s of template.params) expect(inRange(s, instance.params[s.name]!), `${s.name}=${instance.params[s.name]} (seed ${seed})`).toBe(true);
      if (template.valid) expect(template.valid(instance.params)).toBe(true);
      const values: Record<string, number> = {};
      for (const step of instance.steps) {
        const recomputed = evaluate(step.expr, instance.params, values);
        expect(Math.abs(recomputed - step.value), `${step.id} (seed ${seed}): ${recomputed} vs ${step.value}`).toBeLessThanOrEqual(
          0.5 * 10 ** -step.decimals + 1e-9,
        );
        expect(step.label in template.wording.steps, `label ${step.label}`).toBe(true);
        values[step.id] = step.value;
      }
      expect(instance.steps.at(-1)!.value).toBe(instance.answer);
      expect(Number.isFinite(instance.answer)).toBe(true);
      expect(gradeAnswer(question, { type: 'calc', seed, value: instance.answer })).toEqual({ score: 1, correct: true });
      // The answer as a candidate would write it, rounded to the shown decimals, still counts.
      expect(withinTolerance(template, Number(instance.answer.toFixed(template.answer.decimals)), instance.answer)).toBe(true);
      const off = Math.max(template.tolerance.absolute, template.tolerance.relative * Math.abs(instance.answer)) * 1.5 + 0.01;
      expect(gradeAnswer(question, { type: 'calc', seed, value: instance.answer + off }).correct).toBe(false);
    }
  });

  it('draws the same numbers from the same seed, and varied numbers across seeds', () => {
    expect(calcInstance(question, 42).params).toEqual(calcInstance(question, 42).params);
    const answers = new Set(Array.from({ length: 50 }, (_, seed) => calcInstance(question, seed).answer));
    expect(answers.size).toBeGreaterThan(25);
  });

  it('words its prompt in both languages with exactly its numbers as placeholders, and labels every step in both', () => {
    const names = template.params.map((p) => p.name).sort();
    for (const locale of ['zh', 'en'] as const) {
      const placeholders = [...new Set([...template.wording.prompt[locale].matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
      expect(placeholders, locale).toEqual(names);
      for (const label of Object.values(template.wording.steps)) expect(label[locale].trim()).not.toBe('');
    }
    const instance = calcInstance(question, 7);
    for (const step of instance.steps) {
      const wanted = [...template.wording.steps[step.label]!.zh.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(
        Object.keys(step.vars ?? {})
          .filter((v) => wanted.includes(v))
          .sort(),
      ).toEqual(wanted);
      expect([...template.wording.steps[step.label]!.en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()).toEqual(wanted);
    }
  });
});

describe('calculation questions', () => {
  it("keep a question's fixed numbers and draw the rest", () => {
    const instance = calcInstance(calc('retention-rate', { atStart: 800, gained: 150, atEnd: 860 }), 3);
    expect(instance.params).toEqual({ atStart: 800, gained: 150, atEnd: 860 });
    expect(instance.answer).toBe(88.75);
    expect(calcInstance(calc('nps', { promoters: 210 }), 9).params.promoters).toBe(210);
  });
  it("grade within the template's tolerance of the answer for the stored seed only", () => {
    const q = calc('aht', { calls: 80, talk: 16_800, hold: 1_600, afterCall: 4_000 });
    expect(gradeAnswer(q, { type: 'calc', seed: 1, value: 280.9 }).correct).toBe(true);
    expect(gradeAnswer(q, { type: 'calc', seed: 1, value: 281.2 }).correct).toBe(false);
    const drawn = calc('nps');
    const a = calcInstance(drawn, 1);
    const b = calcInstance(drawn, 2);
    expect(a.answer).not.toBe(b.answer);
    expect(gradeAnswer(drawn, { type: 'calc', seed: 2, value: a.answer }).correct).toBe(false);
    expect(gradeAnswer(drawn, { type: 'calc', seed: 1, value: Number.NaN }).correct).toBe(false);
    expect(gradeAnswer(drawn, { type: 'single', choice: 0 }).score).toBe(0);
  });
  it('find no draw when fixed numbers contradict the template', () => {
    expect(drawParams(CALC_TEMPLATES['retention-rate'], 0, { atStart: 400, gained: 20, atEnd: 2400 })).toBeNull();
  });
});
