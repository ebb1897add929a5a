/** Every open-data file under /data/: the JSON, JSON Schema and CSV of each dataset (src/lib/open-data/downloads.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOAD_FILES, downloadFile } from '../../lib/open-data/downloads';

const FOLDER = '/data/';

export const getStaticPaths = (() =>
  DOWNLOAD_FILES.filter(({ path }) => path.startsWith(FOLDER)).map(({ path }) => ({ params: { file: path.slice(FOLDER.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => downloadFile(`${FOLDER}${params.file}`);
