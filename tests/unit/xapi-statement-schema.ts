/**
 * A JSON Schema of an xAPI 1.0.3 statement, written from the specification (xAPI-Data.md,
 * part 2: "Statement Properties", "Agent", "Verb", "Activity Definition", "Interaction
 * Activities", "Result", "Score", "Context", "Timestamp"), for the statements this site
 * writes: an Agent identified by exactly one inverse functional identifier, an Activity
 * object (no sub-statements or statement references), and no property the specification
 * does not define (an LRS must reject those). Validated with Ajv (`$data` for the score's
 * raw between min and max).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const iri = { type: 'string', format: 'iri' };
const uuid = { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$' };
/** RFC 5646 tags, simplified: a primary language subtag, then subtags of 1–8 letters or digits. */
const languageTag = { type: 'string', pattern: '^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*|und)$' };
const languageMap = { type: 'object', propertyNames: languageTag, additionalProperties: { type: 'string' }, minProperties: 1 };
const extensions = { type: 'object', propertyNames: iri };
/** ISO 8601 durations: PnYnMnDTnHnMnS (the seconds may carry a fraction), or PnW. */
const duration = {
  type: 'string',
  pattern: '^P(?:(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?|\\d+W)$',
  not: { pattern: '^P$|T$' },
};

const mbox = { type: 'string', pattern: '^mailto:[^@\\s]+@[^@\\s]+$' };
const account = {
  type: 'object',
  required: ['homePage', 'name'],
  additionalProperties: false,
  properties: { homePage: { type: 'string', format: 'uri' }, name: { type: 'string', minLength: 1 } },
};
const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'];
const agent = {
  type: 'object',
  additionalProperties: false,
  properties: {
    objectType: { const: 'Agent' },
    name: { type: 'string' },
    mbox,
    mbox_sha1sum: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    openid: { type: 'string', format: 'uri' },
    account,
  },
  // Exactly one inverse functional identifier.
  oneOf: IFIS.map((ifi) => ({ required: [ifi] })),
};

const component = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', minLength: 1, pattern: '^\\S+$' }, description: languageMap },
};
const components = { type: 'array', items: component, minItems: 1 };
const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];
const definition = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: languageMap,
    description: languageMap,
    type: iri,
    moreInfo: { type: 'string', format: 'uri' },
    interactionType: { enum: INTERACTION_TYPES },
    correctResponsesPattern: { type: 'array', items: { type: 'string' } },
    choices: components,
    scale: components,
    source: components,
    target: components,
    steps: components,
    extensions,
  },
  allOf: [
    // Interaction properties only with an interaction type; choices only on choice and sequencing.
    { if: { required: ['correctResponsesPattern'] }, then: { required: ['interactionType'] } },
    { if: { required: ['choices'] }, then: { required: ['interactionType'], properties: { interactionType: { enum: ['choice', 'sequencing'] } } } },
    { if: { required: ['scale'] }, then: { properties: { interactionType: { const: 'likert' } } } },
  ],
};
const activity = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { objectType: { const: 'Activity' }, id: iri, definition },
};

const score = {
  type: 'object',
  additionalProperties: false,
  properties: {
    scaled: { type: 'number', minimum: -1, maximum: 1 },
    raw: { type: 'number', minimum: { $data: '1/min' }, maximum: { $data: '1/max' } },
    min: { type: 'number', exclusiveMaximum: { $data: '1/max' } },
    max: { type: 'number' },
  },
};
const result = {
  type: 'object',
  additionalProperties: false,
  properties: { score, success: { type: 'boolean' }, completion: { type: 'boolean' }, response: { type: 'string' }, duration, extensions },
};
const activities = { type: 'array', items: activity };
const context = {
  type: 'object',
  additionalProperties: false,
  properties: {
    registration: uuid,
    instructor: agent,
    contextActivities: {
      type: 'object',
      additionalProperties: false,
      properties: { parent: activities, grouping: activities, category: activities, other: activities },
    },
    revision: { type: 'string' },
    platform: { type: 'string' },
    language: languageTag,
    extensions,
  },
};

export const statementSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['actor', 'verb', 'object'],
  additionalProperties: false,
  properties: {
    id: uuid,
    actor: agent,
    verb: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: { id: iri, display: languageMap },
    },
    object: activity,
    result,
    context,
    timestamp: { type: 'string', format: 'date-time' },
    stored: { type: 'string', format: 'date-time' },
    version: { type: 'string', pattern: '^1\\.0(\\.\\d+)?$' },
  },
};

const ajv = new Ajv2020({ allErrors: true, $data: true, strict: false });
// ajv-formats is CommonJS: its plugin is the module itself or its `default`, by loader.
const formats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
formats(ajv);
// An IRI: a scheme, then no spaces (RFC 3987 allows non-ASCII characters, which `uri` does not).
ajv.addFormat('iri', /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/);

export const validateStatement = ajv.compile(statementSchema);

/** The validator's complaints about a statement, as short lines (empty: valid). */
export function statementErrors(statement: unknown): string[] {
  return validateStatement(statement) ? [] : (validateStatement.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
