/** The primary source, read the simplest possible way: printed lines minus page numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist.ts';

export const SOURCE_PATH = join(ROOT, 'content', 'source', 'plan.txt');

export function sourceText(): string {
  return readFileSync(SOURCE_PATH, 'utf8');
}

export interface PrintedLine {
  no: number;
  text: string;
}

export function printedLines(): PrintedLine[] {
  return sourceText()
    .split('\n')
    .map((text, index) => ({ no: index + 1, text: text.trim() }))
    .filter((line) => line.text !== '' && !/^-\s*\d+\s*-$/.test(line.text));
}
