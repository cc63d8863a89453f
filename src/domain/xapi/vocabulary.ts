/**
 * The words statements use: ADL verbs, activity types, and this site's own IRIs for
 * activities and extensions, all under the site's address (`site`, ending in `/`).
 */
import type { Activity, LanguageMap, Verb } from './statement.ts';

const ADL = 'http://adlnet.gov/expapi/verbs/';
const verb = (name: string): Verb => ({ id: `${ADL}${name}`, display: { 'en-US': name } });

export const VERBS = {
  experienced: verb('experienced'),
  answered: verb('answered'),
  completed: verb('completed'),
  passed: verb('passed'),
  failed: verb('failed'),
  initialized: verb('initialized'),
  terminated: verb('terminated'),
} as const;

export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  question: 'http://adlnet.gov/expapi/activities/question',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  module: 'http://adlnet.gov/expapi/activities/module',
} as const;

/** The site's languages as RFC 5646 tags. */
export const LANGUAGE_TAGS = { zh: 'zh-CN', en: 'en' } as const;

export const languageMap = (text: { zh: string; en: string }): LanguageMap => ({ [LANGUAGE_TAGS.zh]: text.zh, [LANGUAGE_TAGS.en]: text.en });

const segment = (s: string) => encodeURIComponent(s);

export const iri = {
  scenario: (site: string, id: string) => `${site}scenarios/${segment(id)}/`,
  decisionPoint: (site: string, scenario: string, node: string) => `${site}scenarios/${segment(scenario)}/#decision-${segment(node)}`,
  question: (site: string, id: string) => `${site}xapi/questions/${segment(id)}`,
  chapter: (site: string, slug: string) => `${site}chapters/${segment(slug)}/`,
  exam: (site: string, paper: string) => `${site}exam/#${segment(paper)}`,
  assignment: (site: string, id: string) => `${site}assignment/#${segment(id)}`,
  extension: (site: string, name: string) => `${site}xapi/extensions/${name}`,
};

/** The course itself: every statement is grouped under it. */
export const courseActivity = (site: string): Activity => ({
  objectType: 'Activity',
  id: site,
  definition: { type: ACTIVITY_TYPES.course, name: { [LANGUAGE_TAGS.zh]: '客服道场', [LANGUAGE_TAGS.en]: 'Service Dojo' } },
});
