/** What the written, calculation and review cards rely on: number input, the worked solution as shown, review sessions. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Expression, calcPrompt } from '../../src/components/quiz/calc-wording.tsx';
import { calcInstance } from '../../src/domain/quiz/calc.ts';
import { CALC_TEMPLATE_IDS } from '../../src/domain/quiz/calc-template-ids.ts';
import { parseNumberInput } from '../../src/domain/quiz/number-input.ts';
import { QUESTION_TYPES } from '../../src/domain/quiz/question-types.ts';
import { sessionQueue } from '../../src/domain/quiz/review-session.ts';
import { questionSchema, type CalcQuestion } from '../../src/schemas/question.ts';
import { translator } from '../../src/i18n/translate.ts';
import { quiz as enQuiz } from '../../src/i18n/en/quiz.ts';
import { quiz as zhQuiz } from '../../src/i18n/zh/quiz.ts';

describe('a number as a learner types it', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['１２３４．５', 1234.5],
    ['１，２３４', 1234],
    ['35%', 35],
    ['35 ％', 35],
    ['  -3.5 ', -3.5],
    ['－３', -3],
    ['.5', 0.5],
    ['0', 0],
  ])('%s is %d', (typed, value) => {
    expect(parseNumberInput(typed)).toBe(value);
  });
  it.each(['', ' ', 'abc', '1,23', '12,3456', '1.2.3', '%', '35%%', '1e5', '-', '1,234,5'])('"%s" is no number', (typed) => {
    expect(parseNumberInput(typed)).toBeNull();
  });
});

describe('the worked solution as the page shows it', () => {
  const t = translator(enQuiz);
  /** The shown working back into arithmetic: "1,440 × (30 ÷ 100)<sup>2</sup>" → 1440 * ((30 / 100) ** 2). */
  const evaluateShown = (html: string) => {
    const code = html
      .replace(/<\/?span>/g, '')
      .replace(/(\([^()]*\)|[\d.,]+)<sup>(.*?)<\/sup>/g, '($1 ** $2)')
      .replace(/,/g, '')
      .replace(/×/g, '*')
      .replace(/÷/g, '/')
      .replace(/−/g, '-');
    expect(code).toMatch(/^[\d.\s()+\-*/]+$/);
    return Number(new Function(`return ${code};`)());
  };

  it.each(CALC_TEMPLATE_IDS)('%s: every step, as written out, gives the value shown', (template) => {
    const question = { id: 'x-01', type: 'calc', template, explanation: { zh: '', en: '' }, section: 's' } as CalcQuestion;
    for (const seed of [1, 2, 3, 42, 2024]) {
      const instance = calcInstance(question, seed);
      expect(calcPrompt(instance, 'en', t)).not.toMatch(/\{\w+\}/);
      expect(calcPrompt(instance, 'zh', translator(zhQuiz))).not.toMatch(/\{\w+\}/);
      for (const step of instance.steps) {
        const shown = evaluateShown(renderToStaticMarkup(createElement(Expression, { expr: step.expr, instance, locale: 'en' })));
        // The working uses the rounded values of earlier steps, as a learner would.
        expect(Math.abs(shown - step.value), `${template} seed ${seed} step ${step.id}`).toBeLessThanOrEqual(Math.max(0.06, Math.abs(step.value) * 0.005));
      }
    }
  });
});

describe('a review session on a chapter or a type', () => {
  const ids = ['a-01', 'a-02', 'a-03', 'a-04', 'a-05'];
  it('asks the due questions first, then those never answered right, then the rest, up to its size', () => {
    expect(sessionQueue(ids, ['b-09', 'a-04', 'a-02'], new Set(['a-01', 'a-03']))).toEqual(['a-04', 'a-02', 'a-05', 'a-01', 'a-03']);
    expect(sessionQueue(ids, [], new Set(['a-01']), 3)).toEqual(['a-02', 'a-03', 'a-04']);
    expect(sessionQueue([], ['a-01'], new Set())).toEqual([]);
  });
});

it('the interface lists every question type the schema knows', () => {
  expect([...QUESTION_TYPES].sort()).toEqual(questionSchema.options.map((o) => o.shape.type.value).sort());
});
