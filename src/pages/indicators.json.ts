/** Table 1 as JSON, at the address it was first published at; /data/ lists it with the other downloads. */
import type { APIRoute } from 'astro';
import { downloadFile } from '../lib/open-data/downloads';

export const GET: APIRoute = () => downloadFile('/indicators.json');
