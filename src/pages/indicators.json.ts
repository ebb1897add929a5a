import type { APIRoute } from 'astro';
import { getIndicators, getPlanTitle } from '../lib/content';
import { indicatorsJson, toRecord } from '../lib/indicator-export';
import { publicUrl } from '../lib/site-path';

export const GET: APIRoute = async () => {
  const records = (await getIndicators()).map((entry) => toRecord(entry.data));
  const json = indicatorsJson(records, { title: await getPlanTitle(), source: publicUrl('/indicators/') });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
