/**
 * What a SCORM package offers: one item (SCO) per thing a learner does, grouped as the
 * course is: each chapter with its reading, its practice quiz and its role-plays, then the
 * mock exam. A chosen set (`scenario:complaint-lscia`, `quiz:crm-overview`, …) keeps only
 * those items, in course order. Pure: the course comes in as plain facts.
 */
import type { Locale } from '../../i18n/locales.ts';

export const SCO_KINDS = ['chapter', 'quiz', 'scenario', 'exam'] as const;
export type ScoKind = (typeof SCO_KINDS)[number];

type Words = Record<Locale, string>;

/** The course as the package needs it (read from the content files by read-course.ts). */
export interface CourseFacts {
  title: Words;
  /** In course order. */
  chapters: { slug: string; title: Words }[];
  /** `chapter` may name a section (`churn-and-retention#lscia`). */
  scenarios: { id: string; chapter: string; title: Words; passMark: number }[];
  /** Chapter slugs that have a question bank (a practice quiz). */
  quizzes: string[];
  /** `passShare`: the pass mark as a share of the paper's marks. */
  papers: { id: string; name: Words; passShare: number }[];
}

/** One SCO: `ref` is what the launch page is given (`lms/index.html?item=<ref>`). */
export interface Sco {
  ref: `${ScoKind}:${string}`;
  title: string;
  /** The share of the full score that passes (role-plays and the exam); a cmi5 AU's mastery score. */
  passShare?: number;
}

export interface OutlineGroup {
  /** A stable identifier part: the chapter slug, or `exam`. */
  key: string;
  title: string;
  items: Sco[];
}

export interface Outline {
  title: string;
  groups: OutlineGroup[];
}

/** The words the package adds around the course's own titles; shown in the LMS's table of contents. */
const LABELS: Record<Locale, { reading: string; quiz: string; exam: string }> = {
  zh: { reading: '阅读', quiz: '练习测验', exam: '模拟考试' },
  en: { reading: 'Reading', quiz: 'Practice quiz', exam: 'Mock exam' },
};

/** The whole course's outline in `lang`. */
export function courseOutline(course: CourseFacts, lang: Locale): Outline {
  const label = LABELS[lang];
  const groups: OutlineGroup[] = course.chapters.map(({ slug, title }) => {
    const items: Sco[] = [{ ref: `chapter:${slug}`, title: `${label.reading}：${title[lang]}` }];
    if (course.quizzes.includes(slug)) items.push({ ref: `quiz:${slug}`, title: `${label.quiz}：${title[lang]}` });
    for (const s of course.scenarios.filter((s) => s.chapter.split('#')[0] === slug))
      items.push({ ref: `scenario:${s.id}`, title: s.title[lang], passShare: s.passMark / 100 });
    return { key: slug, title: title[lang], items };
  });
  if (course.papers.length > 0)
    groups.push({
      key: 'exam',
      title: label.exam,
      items: course.papers.map((p) => ({ ref: `exam:${p.id}`, title: `${label.exam}：${p.name[lang]}`, passShare: p.passShare })),
    });
  if (lang === 'en') for (const g of groups) for (const i of g.items) i.title = i.title.replace('：', ': ');
  return { title: course.title[lang], groups };
}

/** The outline kept to `refs` (already checked by `checkRefs`), in course order; empty groups go. */
export function chosenOutline(outline: Outline, refs: readonly string[]): Outline {
  const chosen = new Set(refs);
  const groups = outline.groups.map((g) => ({ ...g, items: g.items.filter((i) => chosen.has(i.ref)) })).filter((g) => g.items.length > 0);
  return { ...outline, groups };
}

/** Every ref the course offers. */
export function allRefs(outline: Outline): string[] {
  return outline.groups.flatMap((g) => g.items.map((i) => i.ref));
}

/**
 * Problems with chosen refs, each naming the ref: a kind the package does not know, or an
 * id the course does not have. Empty when all are good.
 */
export function checkRefs(outline: Outline, refs: readonly string[]): string[] {
  const known = new Set(allRefs(outline));
  const problems: string[] = [];
  for (const ref of refs) {
    const colon = ref.indexOf(':');
    const kind = colon < 0 ? ref : ref.slice(0, colon);
    const id = colon < 0 ? '' : ref.slice(colon + 1);
    if (!(SCO_KINDS as readonly string[]).includes(kind)) problems.push(`"${ref}": unknown kind "${kind}" (kinds: ${SCO_KINDS.join(', ')})`);
    else if (!id) problems.push(`"${ref}": no id after "${kind}:"`);
    else if (!known.has(ref)) {
      const ids = allRefs(outline)
        .filter((r) => r.startsWith(`${kind}:`))
        .map((r) => r.slice(kind.length + 1));
      problems.push(`"${ref}": no ${kind} "${id}" in the course (${kind} ids: ${ids.join(', ')})`);
    }
  }
  return problems;
}
