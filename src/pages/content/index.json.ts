/** `/content/index.json`: the current version of each scenario and question bank. */
import type { APIRoute } from 'astro';
import { currentVersions } from '../../build/content-archive.ts';
import type { ContentIndex } from '../../content-client/files.ts';
import { chaptersOf } from '../../build/course.ts';

export const GET: APIRoute = async () => {
  const versions = await currentVersions();
  const order = new Map((await chaptersOf('zh')).map((c) => [c.slug, c.entry.data.chapter]));
  const index: ContentIndex = {
    scenarios: versions.flatMap((v) => (v.kind === 'scenarios' ? [{ id: v.id, hash: v.hash, title: v.file.scenario.title }] : [])),
    questions: versions
      .flatMap((v) => (v.kind === 'questions' ? [{ chapter: v.id, hash: v.hash }] : []))
      .sort((a, b) => (order.get(a.chapter) ?? 99) - (order.get(b.chapter) ?? 99)),
  };
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};
