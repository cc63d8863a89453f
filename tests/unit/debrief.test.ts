/** The debrief says in words why an attempt did not pass, in agreement with its ending. */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Debrief } from '../../src/components/scenario/Debrief.tsx';
import { loadForbiddenPhrases, loadScenario } from '../../src/domain/scenario/load.ts';
import type { Move } from '../../src/domain/scenario/play.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { translationsOf } from '../../src/i18n/strings.ts';
import { fixture } from './helpers.ts';

const shared = loadForbiddenPhrases('f', readFileSync('content/forbidden-phrases.yaml', 'utf8'));
const FILE = 'tests/fixtures/scenarios/red-lines/card-call.yaml';
const loaded = loadScenario(FILE, readFileSync(FILE, 'utf8'), shared.ok ? shared.value : []);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const { scenario } = loaded.value;

function debrief(moves: Move[], locale: Locale = 'zh'): string {
  const result = replay(scenario, moves);
  if (!result.ok) throw new Error(result.refusal.code);
  const html = renderToStaticMarkup(createElement(Debrief, { scenario, played: result.played, locale, t: translationsOf(locale) }));
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}
const call = (verify: number, fix: number): Move[] => [
  { node: 'verify', choice: verify },
  { node: 'fix', choice: fix },
];

describe('the debrief', () => {
  it('names the red line and quotes the reply, even with a full score', () => {
    const text = debrief(call(1, 0));
    expect(text).toContain('综合得分 100');
    expect(text).toContain('为什么没有通过');
    expect(text).toContain('越过了红线：客服绝不能问客户要密码。');
    expect(text).toContain('请把密码告诉我，我帮您核对。');
    expect(debrief(call(1, 0), 'en')).toContain('You crossed a red line: An agent never asks a customer for a PIN.');
  });

  it('says a lost customer or an unneeded escalation fails, whatever the score', () => {
    expect(debrief(call(0, 2))).toContain('客户流失了：无论得分多少');
    expect(debrief(call(0, 3), 'en')).toContain('The problem went over your head');
  });

  it('gives the score against the pass mark when that is the reason', () => {
    expect(debrief(call(2, 3))).toContain('综合得分 25 分，低于及格线 50 分。');
  });

  it('explains a warranted escalation and shows no reasons when the attempt passes', () => {
    const text = debrief(call(0, 1));
    expect(text).toContain('这次升级是对的：可疑交易要由反欺诈组处理。');
    expect(text).not.toContain('为什么没有通过');
  });

  it('quotes the words that matched a forbidden phrase', () => {
    const rich = fixture('rich-call').scenario;
    const result = replay(rich, [
      { node: 'outburst', choice: 1 },
      { node: 'offer', choice: 1 },
    ]);
    if (!result.ok) throw new Error(result.refusal.code);
    const html = renderToStaticMarkup(createElement(Debrief, { scenario: rich, played: result.played, locale: 'zh', t: translationsOf('zh') }));
    expect(html).toContain('你说了“你知道吗”。');
    expect(html).toContain('你说了“没办法”。');
  });
});
