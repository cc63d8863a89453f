/** Interface strings (English): a class's Learning Record Store (xAPI) — set on /teach, shown and stopped on /progress. */
import type { xapi as zh } from '../zh/xapi.ts';

export const xapi: Record<keyof typeof zh, string> = {
  'xapi.form.legend': 'Learning Record Store (LRS, optional)',
  'xapi.form.hint':
    'When set, students who open the assignment link send their results to this LRS (xAPI 1.0.3). The key travels in the link to every student: use one that can only write statements.',
  'xapi.form.endpoint': 'LRS endpoint',
  'xapi.form.key': 'Key',
  'xapi.form.secret': 'Secret',
  'xapi.problem.endpoint-empty': 'Enter the LRS endpoint, or leave all three fields empty.',
  'xapi.problem.endpoint-not-a-url': 'The LRS endpoint is not a web address; it should start with https://.',
  'xapi.problem.endpoint-not-https': 'The LRS endpoint must use https:// (http:// only on this computer: localhost or 127.0.0.1).',
  'xapi.problem.endpoint-has-credentials': 'Leave the user name and password out of the endpoint: put them in Key and Secret.',
  'xapi.problem.endpoint-has-query': 'The LRS endpoint cannot have a part after “?” or “#”.',
  'xapi.problem.endpoint-too-long': 'The LRS endpoint is too long (at most 300 characters).',
  'xapi.problem.key-empty': 'Enter the LRS key.',
  'xapi.problem.key-invalid': 'The key may hold letters, digits and symbols, but no spaces or colons.',
  'xapi.problem.secret-empty': 'Enter the LRS secret.',
  'xapi.problem.secret-invalid': 'The secret may hold letters, digits and symbols, but no spaces.',
  'xapi.notice.heading': 'Where your results go',
  'xapi.notice.on': 'Your results are sent to your teacher’s Learning Record Store: {host} (assignment “{title}”).',
  'xapi.notice.waiting': '{n} records are waiting to be sent; they go once you are back online.',
  'xapi.notice.stopped': 'Results are no longer sent to {host} (assignment “{title}”).',
  'xapi.notice.stop': 'Stop sending',
  'xapi.notice.resume': 'Send again',
  'xapi.notice.failed': 'Could not read where results are sent; reload the page to try again.',
  'xapi.assignment.lrs': 'This assignment sends your results to your teacher’s Learning Record Store: {host}. You can stop it on the Progress page.',
};
