/** The SCORM data model values (`src/lms/scorm/cmi.ts`, `time.ts`, `item.ts`): pure, per standard. */
import { describe, expect, it } from 'vitest';
import { interactionValues, outcomeValues, sessionTimeValue, type Interaction } from '../../src/lms/scorm/cmi.ts';
import { itemPage, parseItem } from '../../src/lms/scorm/item.ts';
import { duration2004, timespan12 } from '../../src/lms/scorm/time.ts';

describe('session time', () => {
  it.each([
    [0, '00:00:00.00', 'PT0S'],
    [1_230, '00:00:01.23', 'PT1.23S'],
    [61_000, '00:01:01.00', 'PT1M1S'],
    [3_723_450, '01:02:03.45', 'PT1H2M3.45S'],
    [200 * 3_600_000, '200:00:00.00', 'PT200H0S'],
  ])('%d ms: %s (1.2), %s (2004)', (ms, v12, v2004) => {
    expect(timespan12(ms)).toBe(v12);
    expect(duration2004(ms)).toBe(v2004);
    expect(sessionTimeValue('1.2', ms)).toEqual(['cmi.core.session_time', v12]);
    expect(sessionTimeValue('2004', ms)).toEqual(['cmi.session_time', v2004]);
  });
});

describe('status, score and exit', () => {
  const score = { raw: 85, min: 0, max: 100 };
  it('SCORM 1.2: one lesson status, blank exit once finished, suspend before', () => {
    expect(Object.fromEntries(outcomeValues('1.2', { completed: true, passed: true, score }))).toEqual({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '85',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.exit': '',
    });
    expect(Object.fromEntries(outcomeValues('1.2', { completed: true, passed: false, score }))['cmi.core.lesson_status']).toBe('failed');
    expect(Object.fromEntries(outcomeValues('1.2', { completed: true, passed: null }))).toEqual({ 'cmi.core.lesson_status': 'completed', 'cmi.core.exit': '' });
    expect(Object.fromEntries(outcomeValues('1.2', { completed: false, passed: null }))).toEqual({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.exit': 'suspend',
    });
  });

  it('SCORM 2004: completion and success apart, with a scaled score', () => {
    expect(Object.fromEntries(outcomeValues('2004', { completed: true, passed: false, score }))).toEqual({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
      'cmi.score.raw': '85',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.85',
      'cmi.exit': 'normal',
    });
    expect(Object.fromEntries(outcomeValues('2004', { completed: false, passed: null }))).toEqual({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.exit': 'suspend',
    });
  });
});

describe('interactions', () => {
  const at = new Date(Date.UTC(2026, 11, 2, 8, 30, 5));
  const choice: Interaction = { id: 'greet', type: 'choice', response: ['2'], result: 'wrong', weighting: 3, description: { lang: 'zh-CN', text: '您好' }, at };

  it('SCORM 1.2: student_response and time; no description', () => {
    expect(interactionValues('1.2', 4, choice)).toEqual([
      ['cmi.interactions.4.id', 'greet'],
      ['cmi.interactions.4.type', 'choice'],
      ['cmi.interactions.4.student_response', '2'],
      ['cmi.interactions.4.result', 'wrong'],
      ['cmi.interactions.4.weighting', '3'],
      ['cmi.interactions.4.time', '08:30:05'],
    ]);
  });

  it('SCORM 2004: learner_response, incorrect for wrong, a timestamp and a description', () => {
    expect(Object.fromEntries(interactionValues('2004', 0, choice))).toEqual({
      'cmi.interactions.0.id': 'greet',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.timestamp': '2026-12-02T08:30:05',
      'cmi.interactions.0.weighting': '3',
      'cmi.interactions.0.learner_response': '2',
      'cmi.interactions.0.result': 'incorrect',
      'cmi.interactions.0.description': '{lang=zh-CN}您好',
    });
  });

  it('joins several parts as each standard does; true or false as each spells it; 1.2 has no "other"', () => {
    const several: Interaction = { id: 'q', type: 'choice', response: ['0', '2'], result: 'correct', at };
    expect(Object.fromEntries(interactionValues('1.2', 0, several))['cmi.interactions.0.student_response']).toBe('0,2');
    expect(Object.fromEntries(interactionValues('2004', 0, several))['cmi.interactions.0.learner_response']).toBe('0[,]2');
    const tf: Interaction = { id: 'q', type: 'true-false', response: ['false'], result: 'correct', at };
    expect(Object.fromEntries(interactionValues('1.2', 0, tf))['cmi.interactions.0.student_response']).toBe('f');
    expect(Object.fromEntries(interactionValues('2004', 0, tf))['cmi.interactions.0.learner_response']).toBe('false');
    const timeout: Interaction = { id: 'ring', type: 'other', response: ['timeout'], result: 'wrong', at };
    expect(Object.fromEntries(interactionValues('1.2', 0, timeout))['cmi.interactions.0.type']).toBe('performance');
  });
});

describe('launch items', () => {
  it.each([
    ['scenario:win-back', { kind: 'scenario', id: 'win-back' }, 'scenarios/win-back/index.html'],
    ['quiz:customer-service', { kind: 'quiz', id: 'customer-service' }, 'quizzes/customer-service/index.html'],
    ['exam:short', { kind: 'exam', id: 'short' }, 'exam/index.html?paper=short'],
    ['chapter:crm-basics', { kind: 'chapter', id: 'crm-basics' }, 'chapters/crm-basics/index.html'],
  ])('%s', (value, item, page) => {
    expect(parseItem(value)).toEqual(item);
    expect(itemPage(parseItem(value)!, 'zh')).toBe(page);
    expect(itemPage(parseItem(value)!, 'en')).toBe(`en/${page}`);
  });

  it.each([null, '', 'scenario:', 'exam:medium', 'video:x', 'scenario:../../etc', 'quiz:A b'])('refuses %s', (value) => {
    expect(parseItem(value)).toBeNull();
  });
});
