/** Interface strings (English): the instructor's gradebook and class view on /teach/gradebook, and scenario authoring on /author. */
import type { gradebook as zh } from '../zh/gradebook.ts';

export const gradebook: Record<keyof typeof zh, string> = {
  'author.title': 'Write a scenario',
  'author.intro': 'Drop a scenario YAML file here, pick one or paste it, and get the very checks the build makes (with line numbers), the scenario map and a call to try at once. All in the browser, no Node needed.',
  'author.input': 'Scenario file',
  'author.dropHint': 'Drop a .yaml file on this box, or:',
  'author.pick': 'Pick a file',
  'author.paste': 'Or paste the file here:',
  'author.check': 'Check',
  'author.result': 'Result for {file}',
  'author.line': 'line {n}',
  'author.problems': '{n} problem(s): the build would refuse this file. Fix them by line and check again.',
  'author.valid': 'Valid: {nodes} nodes, {endings} endings, content version {hash}.',
  'author.warnings': 'Warnings ({n}; they do not stop the build)',
  'author.download': 'Download {file} (for the scenarios/ folder)',
  'author.map': 'Scenario map',
  'author.try': 'Try it: {title}',
  'author.tryNote': 'Trying a call saves nothing.',
  'author.refusal.empty': 'Nothing to check: drop, pick or paste a scenario file.',
  'author.refusal.too-large': 'The file is {kb} KB, over the {maxKb} KB limit: it is not a scenario file.',
  'author.refusal.alias-bomb': 'The file’s YAML aliases (&, *) expand to something enormous, so it was not read. Scenario files need no aliases.',
  'author.refusal.unreadable': 'This file cannot be read: {detail}',
} as const;
