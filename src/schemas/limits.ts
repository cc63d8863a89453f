/**
 * How big authored content may be. A file beyond these is refused with a reason
 * before anything expensive runs (parsing a huge file, laying out or walking a huge
 * graph), so a mistake or a hostile file cannot hang or crash the build. Each limit
 * is several times what the course's own files need; the authoring guides state them.
 */
export const LIMITS = {
  /** Characters in a scenario file (the longest shipped one has about 69,000). */
  scenarioFileChars: 200_000,
  /** Characters in a question bank file (the longest shipped one has about 109,000). */
  bankFileChars: 400_000,
  /** Characters in the exam paper file (`content/exam-paper.yaml`, about 2,000). */
  paperFileChars: 50_000,
  /** Characters in the course-wide list of forbidden phrases. */
  forbiddenFileChars: 100_000,
  /** How deeply lists and maps may nest in any file (the course's files need about 10). */
  nesting: 24,
  /** How many copies YAML aliases (`*name`) may expand to, in all (the yaml package's `maxAliasCount`). */
  aliasCopies: 100,
  /** Nodes in one scenario. */
  nodes: 40,
  /** Choices at one node. */
  choicesPerNode: 6,
  /** Routes in one choice's or time-out's `next`. */
  routesPerChoice: 8,
  /** Customer variants of one scenario (each is analysed path by path), and flags a variant sets from the start. */
  variants: 6,
  variantFlags: 4,
  /** Endings of one scenario. */
  endings: 12,
  /** Characters in one text of one language (a briefing, a line, a choice, a debrief, a question). */
  textChars: 4_000,
  /** Forbidden phrases a scenario adds to the course-wide list. */
  forbiddenPhrases: 30,
  /** Characters in one forbidden phrase pattern, and `…` gaps in it. */
  phraseChars: 40,
  phraseGaps: 3,
  /** Marks one reply in the learner's own words is marked for (the path analysis tries every combination). */
  replyMarks: 6,
  /** Patterns of one mark in one language, and characters in one pattern. */
  replyPatterns: 12,
  replyPatternChars: 60,
  /** The most characters a reply may allow the learner to write. */
  replyChars: 500,
  /** Questions in one bank. */
  questionsPerBank: 200,
  /** Distinct situations (node, mood, flags, …) the path analysis may meet in one scenario (the course's need at most about 320). */
  states: 5_000,
  /**
   * Times the path analysis may carry a score tally along an edge of the state graph
   * (it keeps one tally per distinct score, so this bounds its time and memory).
   */
  tallySteps: 200_000,
} as const;
