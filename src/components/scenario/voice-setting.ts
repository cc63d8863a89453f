/**
 * Whether the customer's lines are read aloud: off unless the learner switched it on,
 * remembered in this browser with the learner's other play preferences.
 */
const KEY = 'service-dojo.voice';

/** The browser can speak: speech synthesis exists (Web Audio, for the ring, is optional). */
export const canSpeak = (): boolean => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

export function voiceWanted(): boolean {
  try {
    return canSpeak() && localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function saveVoice(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered: the switch still works for this call.
  }
}
