/** The Chinese interface strings, by feature. */
export { chat } from './chat.ts';
export { common } from './common.ts';
export { debrief } from './debrief.ts';
export { drill } from './drill.ts';
export { gradebook } from './gradebook.ts';
export { library } from './library.ts';
export { lms } from './lms.ts';
export { player } from './player.ts';
export { progress } from './progress.ts';
export { quiz } from './quiz.ts';
export { replay } from './replay.ts';
export { site } from './site.ts';
export { teach } from './teach.ts';
export { xapi } from './xapi.ts';
