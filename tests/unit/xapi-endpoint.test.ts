/** The LRS setting an instructor types: https endpoints (http only on localhost), a key and a secret; each refusal a code worded in both languages. */
import { describe, expect, it } from 'vitest';
import { assignmentSchema } from '../../src/domain/assignment/assignment.ts';
import { buildAssignment, draftOf, type Draft } from '../../src/domain/assignment/draft.ts';
import { decodeAssignment, encodeAssignment } from '../../src/domain/assignment/share-link.ts';
import { checkEndpoint, checkLrs, lrsHost, statementsUrl, type LrsProblem } from '../../src/domain/xapi/endpoint.ts';
import { xapi as en } from '../../src/i18n/en/xapi.ts';
import { xapi as zh } from '../../src/i18n/zh/xapi.ts';
import { sample as sampleAssignment } from './assignment-sample.ts';

describe('the endpoint', () => {
  it.each([
    ['https://lrs.example.edu/xapi', 'https://lrs.example.edu/xapi/'],
    ['  https://lrs.example.edu/xapi/  ', 'https://lrs.example.edu/xapi/'],
    ['https://LRS.example.edu:8443/data/xAPI/', 'https://lrs.example.edu:8443/data/xAPI/'],
    ['http://localhost:8080/xapi/', 'http://localhost:8080/xapi/'],
    ['http://127.0.0.1:9000', 'http://127.0.0.1:9000/'],
  ])('%s is taken as %s', (typed, endpoint) => expect(checkEndpoint(typed)).toEqual({ ok: true, endpoint }));

  it.each<[string, LrsProblem]>([
    ['', 'endpoint-empty'],
    ['   ', 'endpoint-empty'],
    ['lrs.example.edu/xapi', 'endpoint-not-a-url'],
    ['ftp://lrs.example.edu/xapi/', 'endpoint-not-a-url'],
    ['javascript:alert(1)', 'endpoint-not-a-url'],
    ['http://lrs.example.edu/xapi/', 'endpoint-not-https'],
    ['http://192.168.1.5/xapi/', 'endpoint-not-https'],
    ['http://localhost.evil.example/xapi/', 'endpoint-not-https'],
    ['https://user:pass@lrs.example.edu/xapi/', 'endpoint-has-credentials'],
    ['https://lrs.example.edu/xapi/?tenant=1', 'endpoint-has-query'],
    ['https://lrs.example.edu/xapi/#x', 'endpoint-has-query'],
    [`https://lrs.example.edu/${'x'.repeat(300)}`, 'endpoint-too-long'],
  ])('%s is refused: %s', (typed, problem) => expect(checkEndpoint(typed)).toEqual({ ok: false, problem }));

  it('statements go to <endpoint>statements; the learner is shown the host', () => {
    expect(statementsUrl({ endpoint: 'https://lrs.example.edu/xapi/' })).toBe('https://lrs.example.edu/xapi/statements');
    expect(lrsHost({ endpoint: 'https://lrs.example.edu:8443/xapi/' })).toBe('lrs.example.edu:8443');
  });
});

describe('key and secret', () => {
  const endpoint = 'https://lrs.example.edu/xapi/';
  it.each<[string, string, LrsProblem[]]>([
    ['key', 'secret', []],
    ['', 'secret', ['key-empty']],
    ['a:b', 'secret', ['key-invalid']],
    ['a b', 'secret', ['key-invalid']],
    ['密钥', 'secret', ['key-invalid']],
    ['key', '', ['secret-empty']],
    ['key', 'a b', ['secret-invalid']],
  ])('key %j, secret %j: %j', (key, secret, problems) => expect(checkLrs({ endpoint, key, secret })).toEqual(problems));
});

it('every problem code is worded in Chinese and English', () => {
  const codes: LrsProblem[] = [
    'endpoint-empty',
    'endpoint-not-a-url',
    'endpoint-not-https',
    'endpoint-has-credentials',
    'endpoint-has-query',
    'endpoint-too-long',
    'key-empty',
    'key-invalid',
    'secret-empty',
    'secret-invalid',
  ];
  for (const code of codes) {
    expect(zh[`xapi.problem.${code}`], code).toMatch(/[\u4e00-\u9fff]/);
    expect(en[`xapi.problem.${code}`], code).toMatch(/^[A-Z]/);
  }
});

describe('the assignment form and link', () => {
  const context = { id: sampleAssignment.id, now: sampleAssignment.createdAt, hashes: new Map(sampleAssignment.scenarios.map((s) => [s.id, s.hash])) };
  const draft: Draft = { ...draftOf(sampleAssignment), lrsEndpoint: 'https://lrs.example.edu/xapi', lrsKey: ' class-key ', lrsSecret: 'class-secret' };

  it('the three fields become the assignment’s LRS, carried by its link and read back', () => {
    const built = buildAssignment(draft, context);
    expect(built).toMatchObject({ ok: true, assignment: { lrs: { endpoint: 'https://lrs.example.edu/xapi/', key: 'class-key', secret: 'class-secret' } } });
    if (!built.ok) return;
    const read = decodeAssignment(encodeAssignment(built.assignment).fragment);
    expect(read.ok && read.assignment.lrs).toEqual(built.assignment.lrs);
    expect(draftOf(built.assignment)).toMatchObject({ lrsEndpoint: 'https://lrs.example.edu/xapi/', lrsKey: 'class-key' });
  });

  it('all three empty: no LRS; anything wrong: the first problem', () => {
    const none = buildAssignment({ ...draft, lrsEndpoint: '', lrsKey: '', lrsSecret: ' ' }, context);
    expect(none.ok && 'lrs' in none.assignment).toBe(false);
    expect(buildAssignment({ ...draft, lrsEndpoint: 'http://lrs.example.edu/' }, context)).toEqual({
      ok: false,
      problem: { code: 'lrs', lrs: 'endpoint-not-https' },
    });
    expect(buildAssignment({ ...draft, lrsSecret: '' }, context)).toEqual({ ok: false, problem: { code: 'lrs', lrs: 'secret-empty' } });
  });

  it('a link edited to carry an LRS the form would refuse is refused', () => {
    const edited = { ...sampleAssignment, lrs: { endpoint: 'http://lrs.example.edu/', key: 'k', secret: 's' } };
    expect(assignmentSchema.safeParse(edited).success).toBe(false);
  });
});
