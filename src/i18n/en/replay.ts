/** Interface strings (English): why a recorded role-play could not be replayed, step by step. */
import type { replay as zh } from '../zh/replay.ts';

export const replay: Record<keyof typeof zh, string> = {
  'replay.undo-in-test-mode': 'step {step} takes back a choice, which test mode does not allow',
  'replay.nothing-to-take-back': 'step {step} takes back a choice, but there was none to take back',
  'replay.call-ended': 'step {step} comes after the call had ended ({ending})',
  'replay.wrong-node': 'step {step} was made at “{node}”, but the replay is at “{at}”',
  'replay.choice-not-offered': 'step {step} picks choice {choice}, which “{node}” did not offer then',
  'replay.no-time-limit': 'step {step} is a time-out, but “{node}” has no time limit',
  'replay.no-reply': 'step {step}: “{node}” takes no reply in own words',
  'replay.reply-too-long': 'step {step}: the reply is longer than “{node}” allows',
  'replay.reply-marks': 'step {step}: the marks differ from the rules of “{node}”',
  'replay.reply-route': 'step {step}: the route differs from the rules of “{node}”',
};
