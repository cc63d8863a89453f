/**
 * The paper an exam from before sections was sat on. Its own module: stored exams are
 * upgraded with it on every page that opens the store, which should not load the marking code.
 */

/** What marking needs of a paper: each section's questions and marks, and the pass mark. */
export interface MarkedPaper {
  passMark: number;
  sections: readonly { marks: number; questionIds: readonly string[] }[];
}

/** Before sections, a paper was one run of machine-graded questions, one mark each, 60% to pass. */
const LEGACY_PASS_SHARE = 0.6;

/** One untitled section of the exam's questions, for marking it again. */
export function legacyPaper(questionIds: readonly string[]): MarkedPaper & { paperId: string; sections: { marks: number; questionIds: string[] }[] } {
  return { paperId: 'legacy', passMark: questionIds.length * LEGACY_PASS_SHARE, sections: [{ marks: 1, questionIds: [...questionIds] }] };
}
