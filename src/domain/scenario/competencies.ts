/**
 * The competencies every scenario is scored on. Labels live with the UI strings
 * (`src/i18n/zh/player.ts` and `en/player.ts`, keys `competency.<id>`); this list is the single source of ids.
 */
export const COMPETENCIES = [
  /** 礼仪: courtesy and telephone etiquette. */
  'courtesy',
  /** 共情: acknowledging the customer's feelings. */
  'empathy',
  /** 需求识别: finding out what the customer actually needs. */
  'discovery',
  /** 解决问题: solving the problem or giving a clear next step. */
  'solving',
  /** 规范流程: following procedure, verification and compliance. */
  'process',
] as const;

export type Competency = (typeof COMPETENCIES)[number];
