/** Routes: each kind of page's path, and from a content file to its page and back. */
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../../src/edition/index.ts';
import {
  chapterPath,
  contentFileFor,
  contentPath,
  projectInChapterPath,
  projectListPath,
  projectPath,
  reservedTopLevelNames,
  termPath,
  zhuanlanPath,
} from '../../../src/edition/routes.ts';
import { ROOT } from '../../helpers/dist.ts';

describe('paths by kind of page', () => {
  it('writes each kind of page and place as readers link to it', () => {
    expect(chapterPath('chapter-4')).toBe('/chapter-4/');
    expect(chapterPath('chapter-4', 's2-1-1-p3')).toBe('/chapter-4/#s2-1-1-p3');
    expect(zhuanlanPath('chapter-4', 8)).toBe('/chapter-4/#zl8');
    expect(projectInChapterPath('chapter-4', 8, 13)).toBe('/chapter-4/#zl8-13');
    expect(projectPath('04-02')).toBe('/projects/04-02/');
    expect(projectListPath()).toBe('/projects/');
    expect(projectListPath(4)).toBe('/projects/#zl4');
    expect(termPath('miao-pi')).toBe('/glossary/miao-pi/');
  });
});

describe('contentPath and contentFileFor', () => {
  const reserved = new Set(['glossary', 'projects', 'search', 'indicators']);

  it('map every chapter, project and term of the edition to its page and back', () => {
    const edition = loadEdition(ROOT);
    const reservedHere = reservedTopLevelNames(ROOT);
    const published = edition.files.filter((file) => contentPath(file) !== undefined);
    expect(new Set(published.map((file) => file.collection))).toEqual(new Set(['chapters', 'projects', 'glossary']));
    for (const file of published) expect(contentFileFor(contentPath(file)!, reservedHere), file.path).toBe(file.path);
  });

  it('give no page to the collections shown inside other pages', () => {
    expect(contentPath({ collection: 'indicators', id: '05' })).toBeUndefined();
    expect(contentPath({ collection: 'zhuanlan', id: '04' })).toBeUndefined();
  });

  it('leave the site’s own pages and files alone', () => {
    expect(contentFileFor('/search/', reserved)).toBeUndefined();
    expect(contentFileFor('/glossary/', reserved)).toBeUndefined();
    expect(contentFileFor('/', reserved)).toBeUndefined();
    expect(contentFileFor('/indicators.csv', reserved)).toBeUndefined();
  });
});
