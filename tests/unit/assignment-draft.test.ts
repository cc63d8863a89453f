/** The instructor's form turned into an assignment, and back for editing. */
import { describe, expect, it } from 'vitest';
import { buildAssignment, draftOf, newAssignmentId, parseStudents, type Draft } from '../../src/domain/assignment/draft.ts';
import { sample } from './assignment-sample.ts';

const context = { id: sample.id, now: sample.createdAt, hashes: new Map([['angry-delivery', '0123456789abcdef']]) };
const draft: Draft = {
  title: ' 客户投诉演练 <b>第一周</b> ',
  className: '市场营销2301班',
  scenarioIds: ['angry-delivery'],
  quizChapters: ['customer-service'],
  exam: 'short',
  mode: 'test',
  passMark: '60',
  due: sample.due,
  attempts: '3',
  classShare: 0.25,
  students: '20230101 100%\n\n',
};

describe('building an assignment from the form', () => {
  it('gives the assignment the form describes, and edits back to the same form', () => {
    expect(buildAssignment(draft, context)).toEqual({ ok: true, assignment: sample });
    expect(buildAssignment(draftOf(sample), context)).toEqual({ ok: true, assignment: sample });
  });

  it('leaves out what was not asked for', () => {
    const built = buildAssignment({ ...draft, exam: '', attempts: '', classShare: 0, students: '' }, context);
    expect(built.ok && built.assignment).toMatchObject({ extraTime: { students: [] } });
    expect(built.ok && ('exam' in built.assignment || 'attemptsAllowed' in built.assignment || 'share' in built.assignment.extraTime)).toBe(false);
  });

  it('names what is wrong', () => {
    const problem = (change: Partial<Draft>) => {
      const built = buildAssignment({ ...draft, ...change }, context);
      return built.ok ? null : built.problem;
    };
    expect(problem({ title: '  ' })).toEqual({ code: 'title' });
    expect(problem({ scenarioIds: [], quizChapters: [], exam: '' })).toEqual({ code: 'nothing' });
    expect(problem({ scenarioIds: ['removed-scenario'], quizChapters: [], exam: '' })).toEqual({ code: 'nothing' });
    expect(problem({ due: null })).toEqual({ code: 'due' });
    expect(problem({ passMark: '101' })).toEqual({ code: 'passMark' });
    expect(problem({ passMark: '6.5' })).toEqual({ code: 'passMark' });
    expect(problem({ attempts: '0' })).toEqual({ code: 'attempts' });
    expect(problem({ students: '20230101 50\n20230102 30' })).toEqual({ code: 'students', line: 2 });
  });
});

describe('students who need extra time', () => {
  it('are read one a line, blank lines skipped', () => {
    expect(parseStudents(' A-1 25 \n\nB2 50%')).toEqual({
      ok: true,
      students: [
        { number: 'A-1', share: 0.25 },
        { number: 'B2', share: 0.5 },
      ],
    });
    expect(parseStudents('张三 50')).toEqual({ ok: false, line: 1 });
  });
});

it('makes ids the schema accepts', () => {
  expect(newAssignmentId()).toMatch(/^[A-Za-z0-9_-]{12}$/);
  expect(newAssignmentId()).not.toBe(newAssignmentId());
});
