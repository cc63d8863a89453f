/** Interface strings (English): the learner's record on /progress and its backup panel. */
import type { progress as zh } from '../zh/progress.ts';

export const progress: Record<keyof typeof zh, string> = {
  'progress.scenarios': 'Role-plays',
  'progress.title': 'My progress',
  'progress.intro': 'Your record is kept only in this browser on this device.',
  'progress.empty': 'No finished role-plays yet. Start your first one under “Role-plays”.',
  'progress.inProgress': 'In progress',
  'progress.continue': 'Continue',
  'progress.unavailable': 'This role-play has been removed or changed, so its transcript cannot be shown.',
  'storage.title': 'Your record on this device',
  'storage.granted': 'The browser has agreed to keep your record for good: it will not delete it to make room. Still export a backup before changing devices.',
  'storage.refused':
    'The browser has not agreed to keep your record for good: it may delete it when space runs low, and Safari deletes it after seven days without a visit. Export a backup regularly with “Export my record” below.',
  'storage.not-asked': 'When you first save your work, the site asks the browser to keep your record for good.',
  'storage.unsupported': 'This browser cannot promise to keep your record; export a backup regularly with “Export my record” below.',
  'progress.chaptersRead': 'Chapters read',
  'progress.replay': 'Replay step by step',
  'backup.title': 'Back up and restore',
  'backup.intro':
    'Export everything you have done on this device as one file, and import it on another device to carry on. An import merges with what is there; a file with any problem is refused whole and changes nothing.',
  'backup.export': 'Export my record',
  'backup.import': 'Import a backup file',
  'backup.imported': 'Imported {attempts} role-plays, {chapterReads} chapters read, {quizAnswers} answers, {exams} exams and {reviewCards} review questions.',
  'backup.refused': 'Nothing was imported and your record is unchanged: {reason}',
  'backup.problem.not-json': 'The file is not JSON.',
  'backup.problem.not-a-backup': 'This is not a Service Dojo backup file.',
  'backup.problem.newer-version': 'This backup was made by a newer version of Service Dojo (file version {version}); update the site first.',
  'backup.problem.newer-record': 'A record in the file was made by a newer version of Service Dojo (at {path}); update the site first.',
  'backup.problem.invalid-field': 'Something in the file is missing or malformed (at {path}).',
  'backup.problem.write-failed': 'The browser could not write the records (its storage may be full).',
  'progress.step': 'Step {n} of {total}',
  'progress.first': 'Back to the start',
  'progress.back': 'Previous step',
  'progress.forward': 'Next step',
  'progress.otherVersion':
    'This attempt was made on another version of the role-play (version {then}; it is now {now}), so it cannot be replayed or re-scored. Below is the score saved at the time.',
  'progress.broken': 'This attempt’s record cannot be replayed: {reason}',
  'progress.rescored': 'Re-scoring the record gives the score that was saved.',
  'progress.mode': '{mode}, {timing}',
};
