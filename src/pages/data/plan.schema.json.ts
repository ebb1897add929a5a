import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { PLAN_DATA } from '../../lib/open-data/downloads';
import { publicUrl } from '../../lib/site-path';
import { planDocumentSchema } from '../../schemas';

export const GET: APIRoute = () => {
  const schema = { ...z.toJSONSchema(planDocumentSchema), $id: publicUrl(PLAN_DATA.schema!), title: `/data/plan.json：${PLAN_DATA.title}` };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
