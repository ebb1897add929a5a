import type { APIRoute } from 'astro';
import { getIndicators } from '../lib/content';
import { indicatorsCsv, toRecord } from '../lib/indicator-export';

export const GET: APIRoute = async () =>
  new Response(indicatorsCsv((await getIndicators()).map((entry) => toRecord(entry.data))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
