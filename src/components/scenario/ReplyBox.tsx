/**
 * Answering in one's own words at a node that takes a reply: a text box with its count
 * and limit, and, where the browser offers speech recognition, a dictate button that
 * fills it (never required). The choices stay on screen as the fallback. On sending,
 * the reply is marked once (marker.ts) and the machine gets the words, the marks and the
 * route the rules give them. Loaded only when such a node is shown.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { answerWith } from '../../domain/scenario/marker.ts';
import type { ReplyAnswer } from '../../domain/scenario/moves.ts';
import type { CallState } from '../../domain/scenario/play.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';

/** The part of the Web Speech API used here (not in TypeScript's DOM library). */
interface Recognition {
  lang: string;
  interimResults: boolean;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionClass = new () => Recognition;

function recognitionClass(): RecognitionClass | undefined {
  const w = window as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

const noChange = () => () => {};

interface Props {
  scenario: Scenario;
  state: CallState;
  locale: Locale;
  t: Translate;
  send: (reply: ReplyAnswer) => void;
}

export default function ReplyBox({ scenario, state, locale, t, send }: Props) {
  const reply = scenario.nodes[state.at]!.reply!;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [listening, setListening] = useState(false);
  const [unheard, setUnheard] = useState(false);
  // Whether the browser can dictate is known only in the browser, not when the page is built.
  const Speech = useSyncExternalStore(noChange, recognitionClass, () => undefined);
  const recognition = useRef<Recognition | null>(null);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const length = [...text].length;

  useEffect(() => () => recognition.current?.stop(), []);
  useEffect(() => {
    if (open) boxRef.current?.focus();
  }, [open]);

  function dictate() {
    if (listening) {
      recognition.current?.stop();
      return;
    }
    if (!Speech) return;
    const r = new Speech();
    r.lang = locale === 'zh' ? 'zh-CN' : 'en-US';
    r.interimResults = false;
    let heard = false;
    r.onresult = (event) => {
      const said = Array.from(event.results, (result) => result[0]?.transcript ?? '').join('');
      heard = said.trim() !== '';
      setText((before) => [...`${before}${before && locale === 'en' ? ' ' : ''}${said.trim()}`].slice(0, reply.maxChars).join(''));
    };
    r.onend = () => {
      setListening(false);
      setUnheard(!heard);
    };
    r.onerror = () => setListening(false);
    recognition.current = r;
    setUnheard(false);
    setListening(true);
    r.start();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = text.trim();
    if (words === '' || [...words].length > reply.maxChars) return;
    recognition.current?.stop();
    send(answerWith(scenario, state, words).reply);
  }

  if (!open)
    return (
      <p className="actions reply-open">
        <button type="button" className="secondary" aria-expanded="false" onClick={() => setOpen(true)}>
          ✎ {t('player.reply.open')}
        </button>
      </p>
    );

  return (
    <form className="reply-box" onSubmit={submit}>
      <label htmlFor={`${id}-text`}>{t('player.reply.label')}</label>
      <textarea
        id={`${id}-text`}
        ref={boxRef}
        rows={4}
        maxLength={reply.maxChars}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className="muted reply-count">
        {t('player.reply.count', { n: length, max: reply.maxChars })}
      </p>
      {unheard && <p role="status">{t('player.reply.heard')}</p>}
      <p className="actions">
        <button type="submit" disabled={text.trim() === ''}>
          {t('player.reply.send')}
        </button>
        {Speech && (
          <button type="button" className="secondary" aria-pressed={listening} onClick={dictate}>
            🎤 {listening ? t('player.reply.listening') : t('player.reply.dictate')}
          </button>
        )}
        <button type="button" className="secondary" aria-expanded="true" onClick={() => setOpen(false)}>
          {t('player.reply.close')}
        </button>
      </p>
    </form>
  );
}
