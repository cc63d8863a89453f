/**
 * The calculation templates a `calc` question can name. The templates themselves
 * (ranges, wording, working) are in `./calc-templates.ts`; the ids stand alone so the
 * bank schema can list them without importing the calculations.
 */
export const CALC_TEMPLATE_IDS = ['clv', 'retention-rate', 'churn-rate', 'csi', 'nps', 'abc-share', 'aht'] as const;
export type CalcTemplateId = (typeof CALC_TEMPLATE_IDS)[number];
