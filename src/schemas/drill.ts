/** The data files of the chapter drills (`content/drills/*.json`). */
import { z } from 'zod';
import { textSchema } from './scenario.ts';

const share = z.number().min(0).max(1);

export const clvDrillSchema = z.strictObject({
  intro: textSchema,
  case: z.strictObject({
    spendPerPurchase: z.number().positive(),
    purchasesPerYear: z.number().positive(),
    margin: share,
    serviceCostPerYear: z.number().min(0),
    years: z.number().int().min(1).max(30),
    retention: share,
    acquisitionCost: z.number().min(0),
  }),
});

export const abcDrillSchema = z.strictObject({
  intro: textSchema,
  customers: z.array(z.strictObject({ id: z.string(), name: textSchema, amount: z.number().positive() })).min(3),
});

export const csiDrillSchema = z.strictObject({
  intro: textSchema,
  items: z
    .array(
      z.strictObject({
        id: z.string(),
        label: textSchema,
        weight: share,
        counts: z.tuple([z.number().int().min(0), z.number().int().min(0), z.number().int().min(0), z.number().int().min(0), z.number().int().min(0)]),
      }),
    )
    .min(2)
    .refine((items) => Math.abs(items.reduce((s, i) => s + i.weight, 0) - 1) < 1e-9, 'the weights must add up to 1'),
});

export const rfmDrillSchema = z.strictObject({
  intro: textSchema,
  thresholds: z.strictObject({ maxDays: z.number().positive(), minPurchases: z.number().positive(), minAmount: z.number().positive() }),
  customers: z
    .array(
      z.strictObject({ id: z.string(), name: textSchema, daysSinceLast: z.number().min(0), purchases: z.number().int().min(0), amount: z.number().min(0) }),
    )
    .min(3),
});

export const rewriteDrillSchema = z.strictObject({
  intro: textSchema,
  items: z
    .array(
      z.strictObject({
        id: z.string(),
        /** What the customer says. */
        customer: textSchema,
        /** The agent's reply to rewrite: it holds at least one phrase of `content/forbidden-phrases.yaml`. */
        reply: textSchema,
        /** One acceptable rewrite, shown after checking. */
        model: textSchema,
      }),
    )
    .min(3),
});

export type ClvDrill = z.infer<typeof clvDrillSchema>;
export type AbcDrill = z.infer<typeof abcDrillSchema>;
export type CsiDrill = z.infer<typeof csiDrillSchema>;
export type RfmDrill = z.infer<typeof rfmDrillSchema>;
export type RewriteDrill = z.infer<typeof rewriteDrillSchema>;
