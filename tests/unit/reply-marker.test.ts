/**
 * The marker on the course's five reply moments: replies a trainer would pass and
 * replies a trainer would send back, in Chinese and in English, as learners really
 * write or dictate them. A reply passes when it has every required element, no mark
 * that loses points, and the rules route it where the best choice goes.
 */
import { describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { canMatch, hasPattern, markReply, normalise, routedReply } from '../../src/domain/scenario/marker.ts';
import { startState, type CallState } from '../../src/domain/scenario/play.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';

const { loaded } = await readScenarioFolder('scenarios');
const byId = new Map(loaded.map((l) => [l.scenario.id, l.scenario]));

interface Moment {
  node: string;
  /** Where a good reply goes. */
  good: string;
  pass: { zh: string[]; en: string[] };
  fail: { zh: string[]; en: string[] };
}

const MOMENTS: Record<string, Moment> = {
  'inbound-service-call': {
    node: 'pickup',
    good: 'need',
    pass: {
      zh: [
        '您好，江城银行客服中心，工号1024，很高兴为您服务！',
        '下午好，这里是江城银行，我是1024号客服，请问有什么可以帮您？',
        '您好 江城银行 工号 一零二四 请问需要办理什么业务',
        '你好，江城银行客服，１０２４号为您服务。',
      ],
      en: [
        'Good afternoon, Jiangcheng Bank customer service, agent 1024 speaking. How may I help you?',
        "Hello, you're through to Jiangcheng Bank, this is agent 1024. How can I help?",
        'Hi, Jiangcheng Bank, agent ten twenty-four here, happy to help you.',
        'GOOD AFTERNOON — Jiangcheng Bank, Agent 1024. How can I help today?',
      ],
    },
    fail: {
      zh: ['喂，你好，这边是客服，有什么事吗？', '您好，江城银行，请问有什么可以帮您？', '江城银行1024，啥事？', '喂？说吧。'],
      en: ["Hello, customer service here. What's up?", 'Good afternoon, Jiangcheng Bank. How can I help?', 'Jiangcheng Bank, agent 1024, what is it?', 'Yeah?'],
    },
  },
  'complaint-lscia': {
    node: 'second-time',
    good: 'what-now',
    pass: {
      zh: [
        '一个月碰上两回，换谁都窝火。上回说会注意却没做到，是我们不对，对不起。今天这事我负责跟到底。',
        '真的很抱歉，这已经是这个月第二次了，上次答应您的没做到。我来跟进。',
        '对不起陈女士，鸡蛋又碎了，还是第二回，这是我们没做好。',
      ],
      en: [
        "I'm so sorry. Twice in one month, after we promised last time to be more careful — that's our fault, and I'll see it through.",
        'I apologise. This is the second time this month and we let you down.',
        "Sorry — the eggs broken again, and only weeks after the last time. I'll personally follow it up.",
      ],
    },
    fail: {
      zh: [
        '我理解，我非常理解您的心情，真的。您消消气，生气伤身体，有什么问题咱们慢慢解决。',
        '唉，说实话，我们配送最近确实老出问题，碎鸡蛋的投诉一天就好几个，您真不是第一个。',
        '对不起，给您添麻烦了。',
        '这是第二回了，我记下了。',
      ],
      en: [
        'I understand how you feel. Please calm down and we will sort it out.',
        "Honestly, deliveries happen a lot like this lately; you're not the first to call today.",
        "I'm sorry for the trouble.",
        "Right, it's the second time, noted.",
      ],
    },
  },
  'hold-and-transfer': {
    node: 'before-transfer',
    good: 'briefing',
    pass: {
      zh: [
        '不会让您再讲，我先跟调度的孙敏交代清楚。万一断线，您拨400-826-5100转8023找她。',
        '您放心，不用再重新说一遍，我先把情况跟调度说清楚再转。要是掉线了，我马上给您回电。',
        '不会让您重讲的，我先跟她交代好。万一断了，您再拨8023就能找到她。',
      ],
      en: [
        "You won't have to repeat it: I'll brief Sun Min in dispatch first. If we get cut off, ring 400-826-5100 and ask for extension 8023.",
        "Don't worry, you won't need to explain it again. I'll fill her in before I put you through, and if the line drops I'll call you back.",
        "I'll brief the dispatcher first so you don't have to tell it again; if you're cut off, call 8023.",
      ],
    },
    fail: {
      zh: [
        '放心，转接很快的，一般不用等。接通以后您把情况跟调度的同事简单说一遍就行，派单的事她们可比我清楚多了。',
        '好的，我现在给您转过去。',
        '不会让您重讲的，我先跟调度同事把您的情况交代清楚，再给您接过去，请您在线稍等一下。',
        '万一断线您就再打400。',
      ],
      en: [
        "Sure, I'll transfer you now. Just tell them yourself; they know more than me about scheduling.",
        'OK, putting you through.',
        "I'll brief dispatch first so you won't have to repeat it. Please hold.",
        'If you get cut off, just call the 400 number again.',
      ],
    },
  },
  'complaint-clear': {
    node: 'apology',
    good: 'check',
    pass: {
      zh: [
        '让您一上午干着急，我代表长岳向您道歉。原因我还没查清，不乱说；钱在哪儿，我现在就查。',
        '赵先生，真对不起，十一年的老客户让您这么担心。我马上帮您查这笔钱。',
        '非常抱歉让您着急了，我这就核实转账的状态。',
      ],
      en: [
        "I'm sorry you've had a whole morning of worry, and I apologise on behalf of Changyue. I'll trace where the money is right now.",
        "Mr Zhao, I'm truly sorry — eleven years with us and this happens. Let me check the transfer straight away.",
        "I apologise for the worry. I'm looking into it right now.",
      ],
    },
    fail: {
      zh: [
        '转账要过银行和我们两边，是谁的问题现在还说不准，等查清楚了再道歉也不迟。',
        '对不起，这肯定是我们系统出的错，您少赚的那五千块，公司一定照赔，您放心。',
        '对不起，让您着急了。',
        '我现在就查。',
      ],
      en: [
        "The transfer goes through the bank and us, so it's not sure whose side it is; I'll apologise once we know.",
        "Sorry, it's definitely our system. We'll compensate you for the five thousand.",
        "I'm sorry you were worried.",
        "I'll check it right now.",
      ],
    },
  },
  'repair-follow-up': {
    node: 'part',
    good: 'mess',
    pass: {
      zh: [
        '配件周五到网点。给您约周六上午九点到十一点上门更换，这个时间您方便吗？',
        '门封圈星期五到货，师傅周六上午9点到11点过来换，您看行吗？',
        '配件礼拜五能到，礼拜六上午给您上门换上，可以吗？',
      ],
      en: [
        'The part reaches the service point on Friday. Could we book Saturday, 9 to 11 am, to fit it? Does that work for you?',
        'The door seal arrives Friday, so the technician can come Saturday between nine and eleven. Is that convenient?',
        'The seal is due on Friday; shall we say Saturday morning, 9 am? Does that suit you?',
      ],
    },
    fail: {
      zh: [
        '我马上把您的情况反馈给网点，让他们尽快安排，配件一到就会有人第一时间联系您。',
        '我让师傅明天一早就过去给您换上，您安心睡觉，明天起就不用再拖地了。',
        '周六上午给您上门，可以吗？',
        '配件到了有人会联系您的。',
      ],
      en: [
        "I'll pass it on to the service point and they'll arrange it as soon as possible; someone will be in touch.",
        "I'll get the technician there first thing tomorrow to fit it.",
        'We can come on Saturday morning, is that OK?',
        'The part will come, and someone will call you.',
      ],
    },
  },
};

/** The state at a moment's node, reached by the scenario's own start (the node is what matters to the marker). */
const at = (scenario: Scenario, node: string): CallState => ({ ...startState(scenario), at: node, visited: [scenario.start, node] });

/** A trainer's verdict: every required element, no mark that costs points, no red line, and the good route. */
function verdictOf(scenario: Scenario, node: string, text: string) {
  const reply = scenario.nodes[node]!.reply!;
  const marking = markReply(text, reply, scenario.forbidden);
  const move = routedReply(scenario, at(scenario, node), { text, ...marking });
  const missing = reply.marks.filter((m) => m.required && !marking.marks[m.id]).map((m) => m.id);
  const costs = (scores: Partial<Record<string, number>>) => Object.values(scores).reduce((sum: number, p) => sum + (p ?? 0), 0) < 0;
  const faults = reply.marks.filter((m) => marking.marks[m.id] && (costs(m.scores) || m.critical)).map((m) => m.id);
  return { route: move.reply.route, missing, faults, forbidden: marking.forbidden };
}

describe.each(Object.entries(MOMENTS))('the reply moment of %s', (id, moment) => {
  const scenario = byId.get(id)!;

  it('is in the scenario, with its choices kept as the fallback', () => {
    expect(scenario.nodes[moment.node]?.reply).toBeDefined();
    expect(scenario.nodes[moment.node]!.choices.length).toBeGreaterThanOrEqual(2);
  });

  for (const language of ['zh', 'en'] as const) {
    it.each(moment.pass[language])(`passes (${language}): %s`, (text) => {
      expect(verdictOf(scenario, moment.node, text)).toEqual({ route: moment.good, missing: [], faults: [], forbidden: [] });
    });
    it.each(moment.fail[language])(`sends back (${language}): %s`, (text) => {
      const verdict = verdictOf(scenario, moment.node, text);
      expect(verdict.missing.length + verdict.faults.length + verdict.forbidden.length).toBeGreaterThan(0);
    });
  }
});

describe('the marker', () => {
  it('reads full-width letters, digits and punctuation as half-width, and ignores case and spacing', () => {
    expect(normalise('ＡＢＣ　１０２４，Ｈｅｌｌｏ！')).toBe('abc 1024,hello!');
    expect(hasPattern('工号 １０２４', '工号1024', 'zh')).toBe(true);
    expect(hasPattern('JIANGCHENG   Bank', 'jiangcheng bank', 'en')).toBe(true);
  });

  it('matches English as whole words, with * letting a word go on', () => {
    expect(hasPattern('I apologise for that', 'apologi*', 'en')).toBe(true);
    expect(hasPattern('my apologies', 'apologi*', 'en')).toBe(true);
    expect(hasPattern('this is hilarious', 'hi', 'en')).toBe(false);
    expect(hasPattern('Hi there', 'hi', 'en')).toBe(true);
    expect(hasPattern('I’ll see it through', "i('ll| will) see", 'en')).toBe(true);
  });

  it('bridges a gap within a clause but not across one', () => {
    expect(hasPattern('不会让您再讲', '不(会|用)…(再|重)(讲|说)', 'zh')).toBe(true);
    expect(hasPattern('不会的，您再讲讲', '不(会|用)…(再|重)(讲|说)', 'zh')).toBe(false);
    expect(hasPattern('the part will arrive on friday', '(part|seal) will (arrive|come)', 'en')).toBe(true);
  });

  it('finds forbidden phrases in either language, by the phrase’s Chinese pattern', () => {
    const scenario = byId.get('complaint-lscia')!;
    const reply = scenario.nodes['second-time']!.reply!;
    const found = (text: string) => markReply(text, reply, scenario.forbidden).forbidden;
    expect(found('不好意思，您先别着急，这个我这边也查不到。')).toEqual(['我(这里|这边|)(也|)查不(到|着)', '(您|你)(先|)(别|不要)(着急|急|激动)']);
    expect(found("Sorry, I can't find it, and it's not my job.")).toEqual(['我(这里|这边|)(也|)查不(到|着)', '不归我(管|负责)']);
    expect(found('Sorry, I can find it now.')).toEqual([]);
  });

  it('tells patterns that can never match', () => {
    expect(canMatch('请问…(帮|需要)', 'zh')).toBe(true);
    expect(canMatch('apologi*', 'en')).toBe(true);
    expect(canMatch('道歉*', 'zh')).toBe(false);
    expect(canMatch('(a|(b|c))', 'en')).toBe(false);
  });
});
