/** An assignment as an instructor might make it, markup in its title included. */
import type { Assignment } from '../../src/domain/assignment/assignment.ts';

export const sample: Assignment = {
  format: 'service-dojo-assignment',
  version: 1,
  id: 'Xq3-9_abCDef',
  title: '客户投诉演练 <b>第一周</b>',
  className: '市场营销2301班',
  createdAt: 1_800_000_000_000,
  scenarios: [{ id: 'angry-delivery', hash: '0123456789abcdef' }],
  quizChapters: ['customer-service'],
  exam: 'short',
  mode: 'test',
  passMark: 60,
  due: 1_800_600_000_000,
  attemptsAllowed: 3,
  extraTime: { share: 0.25, students: [{ number: '20230101', share: 1 }] },
};
