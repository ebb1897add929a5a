import type { APIRoute } from 'astro';
import { getEdition } from '../../lib/edition';
import { PLAN_DATA } from '../../lib/open-data/downloads';
import { publicUrl } from '../../lib/site-path';
import { planData } from '../../lib/open-data/plan';

export const GET: APIRoute = () => {
  const data = planData(getEdition(), { url: publicUrl, schemaUrl: publicUrl(PLAN_DATA.schema!), generated: new Date().toISOString().slice(0, 10) });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
