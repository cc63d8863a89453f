/** Four times the largest scenario in the course: anything bigger is not a scenario file. */
export const MAX_SCENARIO_BYTES = 256 * 1024;
