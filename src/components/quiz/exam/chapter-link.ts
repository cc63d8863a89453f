/** A chapter as the exam's results link to it: its page and its practice. */
export interface ChapterLink {
  slug: string;
  title: string;
  href: string;
  practiceHref: string;
}
