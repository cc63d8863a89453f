/**
 * The customer's voice on a call: a short ring tone made with Web Audio, then each of the
 * customer's lines read by the browser's speech synthesis, in a voice of the page's
 * language where the device has one. Loaded only once the learner switches it on, so the
 * first screen's script stays small; the call never depends on it.
 */
import type { Locale } from '../../i18n/locales.ts';

const LANGUAGE: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/** A voice whose language matches the page's (zh-CN before other Chinese, any English), if the device has one. */
function voiceFor(locale: Locale): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices();
  const wanted = LANGUAGE[locale].toLowerCase();
  const prefix = wanted.slice(0, 2);
  return voices.find((v) => v.lang.toLowerCase().replace('_', '-') === wanted) ?? voices.find((v) => v.lang.toLowerCase().startsWith(prefix));
}

let audio: AudioContext | undefined;

/** Two rings of a phone (two tones together, on and off); returns how long they last, in ms (0 where Web Audio is missing). */
function ringTone(): { ms: number; stop: () => void } {
  if (typeof AudioContext === 'undefined') return { ms: 0, stop: () => undefined };
  audio ??= new AudioContext();
  const start = audio.currentTime;
  const gain = audio.createGain();
  gain.connect(audio.destination);
  gain.gain.setValueAtTime(0, start);
  const oscillators = [440, 480].map((frequency) => {
    const oscillator = audio!.createOscillator();
    oscillator.frequency.value = frequency;
    oscillator.connect(gain);
    return oscillator;
  });
  for (const ring of [0, 0.8]) {
    gain.gain.setValueAtTime(0.08, start + ring);
    gain.gain.setValueAtTime(0, start + ring + 0.5);
  }
  for (const oscillator of oscillators) {
    oscillator.start(start);
    oscillator.stop(start + 1.4);
  }
  return { ms: 1500, stop: () => oscillators.forEach((o) => o.disconnect()) };
}

/**
 * Reads one customer line aloud, after the ring tone when `ring` is set. Returns the
 * function that stops it: called on every new step and when the call view goes away.
 */
export function speakLine(text: string, locale: Locale, { ring }: { ring: boolean }): () => void {
  speechSynthesis.cancel();
  const talk = () => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = LANGUAGE[locale];
    const voice = voiceFor(locale);
    if (voice) utterance.voice = voice;
    speechSynthesis.speak(utterance);
  };
  const tone = ring ? ringTone() : null;
  const timer = tone && tone.ms > 0 ? setTimeout(talk, tone.ms) : (talk(), undefined);
  return () => {
    clearTimeout(timer);
    tone?.stop();
    speechSynthesis.cancel();
  };
}
