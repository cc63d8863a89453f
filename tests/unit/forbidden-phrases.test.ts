/** The pattern syntax of forbidden phrases, and the course-wide list against what people actually say. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forbiddenMatches, phraseMatches } from '../../src/domain/scenario/forbidden.ts';
import { loadForbiddenPhrases } from '../../src/domain/scenario/load.ts';

const FILE = 'content/forbidden-phrases.yaml';
const shared = loadForbiddenPhrases(FILE, readFileSync(FILE, 'utf8'));
if (!shared.ok) throw new Error(JSON.stringify(shared.problems));
const list = shared.value;
const named = (zh: string) => list.filter((f) => f.phrase.zh === zh);

describe('the pattern syntax', () => {
  it('matches alternatives, optional parts and bounded gaps, and quotes what matched', () => {
    expect(phraseMatches('你知道吧，就这样。', '(你|您)知道(吗|吧)')).toEqual(['你知道吧']);
    expect(phraseMatches('我这里也查不到。', '我(这里|)(也|)查不到')).toEqual(['我这里也查不到']);
    expect(phraseMatches('一定是支行那边给您弄错了', '一定是…错了')).toEqual(['一定是支行那边给您弄错了']);
    expect(phraseMatches('您知道吗？您知道吧？', '(你|您)知道(吗|吧)')).toEqual(['您知道吗', '您知道吧']);
  });

  it('keeps a gap inside one clause and within its length', () => {
    expect(phraseMatches('一定是这样，您说错了', '一定是…错了')).toEqual([]);
    expect(phraseMatches(`一定是${'很'.repeat(13)}错了`, '一定是…错了')).toEqual([]);
    expect(phraseMatches(`一定是${'很'.repeat(12)}错了`, '一定是…错了')).toHaveLength(1);
  });

  it('reads other characters literally, including the ones regular expressions treat specially', () => {
    expect(phraseMatches('价格+1?', '价格+1?')).toEqual(['价格+1?']);
    expect(phraseMatches('价格11', '价格+1?')).toEqual([]);
  });
});

// Each line: a phrase as it stands in the course-wide list, what must match, what must not.
const CASES: [string, string[], string[]][] = [
  [
    '(你|您)(不|)知道(吗|吧)',
    ['你知道吗？好多人都这样。', '这是规定，你知道吧？', '您知道吗，这个很常见。', '你不知道吗？'],
    ['我知道您很着急。', '您想知道原因，对吗？'],
  ],
  ['我(这里|这边|)(也|)查不(到|着)', ['我查不到。', '我这里也查不到，您去柜台吧。', '我这边查不着记录。'], ['我查了，不到十分钟就好。', '我这里查到了。']],
  ['不归我(管|负责)', ['这事不归我管。', '这个不归我负责。'], ['这件事归我负责，您放心。']],
  ['我不是(这里|这边|)负责的', ['我不是这里负责的。', '我不是负责的。'], ['我是这里负责的。']],
  ['(很|挺)麻烦的', ['改签很麻烦的。', '这个挺麻烦的。'], ['让您跑来跑去，给您添麻烦了。']],
  [
    '(一定|肯定)是…错了',
    ['一定是支行弄错了。', '肯定是他们那边搞错了。', '一定是您输错了。', '一定是系统错了。'],
    ['一定是这样，您没错。', '我一定查清楚，看是哪一步出了错。'],
  ],
  ['(规定|制度)就是这样', ['我们规定就是这样。', '制度就是这样的。'], ['规定这样要求，是为了保护您的账户。']],
  ['不可能', ['这不可能。'], ['我马上查。']],
  [
    '(您|你)(先|)(别|不要)(着急|急|激动)',
    ['您先别急，我看看。', '您别着急。', '你别急嘛。', '您不要着急。', '您先别激动，听我说。'],
    ['我明白您很着急。', '这事确实让您着急，我现在就查。'],
  ],
];

describe('the course-wide list', () => {
  it('has a case for every phrase', () => {
    expect(CASES.map(([zh]) => zh).sort()).toEqual(list.map((f) => f.phrase.zh).sort());
  });

  it.each(CASES)('%s matches its variants and nothing else', (zh, must, mustNot) => {
    const [phrase] = named(zh);
    for (const text of must) expect(forbiddenMatches(text, [phrase!]), text).toHaveLength(1);
    for (const text of mustNot) expect(forbiddenMatches(text, list), text).toEqual([]);
  });

  it('quotes every match, each under its phrase', () => {
    const found = forbiddenMatches('您先别急，你知道吧？一定是支行搞错了，你知道吧？', list);
    expect(found.map((f) => [f.phrase.phrase.zh, f.quotes])).toEqual([
      ['(你|您)(不|)知道(吗|吧)', ['你知道吧', '你知道吧']],
      ['(一定|肯定)是…错了', ['一定是支行搞错了']],
      ['(您|你)(先|)(别|不要)(着急|急|激动)', ['您先别急']],
    ]);
  });
});
