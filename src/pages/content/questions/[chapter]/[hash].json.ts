/** `/content/questions/<chapter>/<hash>.json`: every version of every question bank ever published. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { servedVersions } from '../../../../build/content-archive.ts';

export const getStaticPaths = (async () =>
  (await servedVersions()).flatMap((v) => (v.kind === 'questions' ? [{ params: { chapter: v.id, hash: v.hash }, props: { file: v.file } }] : []))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.file), { headers: { 'content-type': 'application/json' } });
