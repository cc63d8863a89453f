/** The parts of an xAPI 1.0.3 statement this site writes (https://github.com/adlnet/xAPI-Spec, Data section). */

/** RFC 5646 language tag → text. */
export type LanguageMap = Record<string, string>;

export interface Account {
  homePage: string;
  name: string;
}

export interface Agent {
  objectType: 'Agent';
  name?: string;
  account: Account;
}

export interface Verb {
  id: string;
  display: LanguageMap;
}

export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface ActivityDefinition {
  name?: LanguageMap;
  type?: string;
  interactionType?: 'choice' | 'true-false' | 'sequencing' | 'numeric' | 'fill-in' | 'long-fill-in';
  choices?: InteractionComponent[];
  correctResponsesPattern?: string[];
  extensions?: Record<string, unknown>;
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface Score {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface Context {
  registration?: string;
  contextActivities?: { parent?: Activity[]; grouping?: Activity[]; category?: Activity[] };
  language?: string;
  extensions?: Record<string, unknown>;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context?: Context;
  timestamp: string;
}

/** What every statement of one learner on one site shares. */
export interface StatementSetting {
  /** The site's address with its base path and a trailing slash, e.g. `https://dojo.example/`: every IRI is under it. */
  site: string;
  actor: Agent;
  /** The assignment the learner opened the LRS from, named in the context of its role-plays. */
  assignment?: { id: string; title: string };
}
