import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  chapterSchema,
  glossarySchema,
  indicatorSchema,
  phaseSchema,
  planSchema,
  projectSchema,
  zhuanlanSchema,
  COLLECTION_FILES,
  type CollectionName,
} from './schemas.ts';
import { CONTENT_FOLDER } from './edition/index.ts';

const CONTENT_DIR = `./${CONTENT_FOLDER}`;

const files = (name: CollectionName) => {
  const { dir, ext } = COLLECTION_FILES[name];
  return glob({ pattern: `*.${ext}`, base: `${CONTENT_DIR}/${dir}` });
};

export const collections = {
  // Parsed as the content check parses it (YAML 1.2 core): a date an editor writes stays the text the schema checks, not a Date.
  plan: defineCollection({
    loader: file(`${CONTENT_DIR}/plan.yaml`, { parser: (text) => parseYaml(text) as Record<string, Record<string, unknown>> }),
    schema: planSchema,
  }),
  chapters: defineCollection({ loader: files('chapters'), schema: chapterSchema }),
  zhuanlan: defineCollection({
    loader: files('zhuanlan'),
    schema: zhuanlanSchema.extend({ chapter: reference('chapters') }),
  }),
  projects: defineCollection({
    loader: files('projects'),
    schema: projectSchema.extend({ zhuanlan: reference('zhuanlan') }),
  }),
  glossary: defineCollection({ loader: files('glossary'), schema: glossarySchema }),
  indicators: defineCollection({ loader: files('indicators'), schema: indicatorSchema }),
  timeline: defineCollection({ loader: files('timeline'), schema: phaseSchema }),
};
