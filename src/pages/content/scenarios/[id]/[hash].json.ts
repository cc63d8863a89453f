/** `/content/scenarios/<id>/<hash>.json`: every version of every scenario ever published. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { servedVersions } from '../../../../build/content-archive.ts';

export const getStaticPaths = (async () =>
  (await servedVersions()).flatMap((v) => (v.kind === 'scenarios' ? [{ params: { id: v.id, hash: v.hash }, props: { file: v.file } }] : []))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.file), { headers: { 'content-type': 'application/json' } });
