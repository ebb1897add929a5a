import type { APIRoute } from 'astro';
import { getIndicators, getPlanTitle } from '../lib/content';
import { indicatorsJson, toRecord } from '../lib/indicator-export';
import { SITE } from '../site.config';
import { sitePath } from '../lib/site-path';

export const GET: APIRoute = async () => {
  const records = (await getIndicators()).map((entry) => toRecord(entry.data));
  const json = indicatorsJson(records, { title: await getPlanTitle(), source: new URL(sitePath('/indicators/'), SITE.url).href });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
