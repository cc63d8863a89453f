/**
 * Who the statements are about. A learner with a student number is an account on the
 * class's home page (the assignment's address on this site), named as their profile
 * gives it. Without a student number, the fallback is this device's own random id on the
 * same home page (the LRS then tells learners apart, not who they are), with the name
 * if the learner gave one.
 */
import type { Agent } from './statement.ts';
import { iri } from './vocabulary.ts';

export interface Learner {
  name?: string;
  studentNumber?: string;
}

export function actorOf(learner: Learner, site: string, assignmentId: string, deviceId: string): Agent {
  return {
    objectType: 'Agent',
    ...(learner.name ? { name: learner.name } : {}),
    account: { homePage: iri.assignment(site, assignmentId), name: learner.studentNumber ?? `device:${deviceId}` },
  };
}
