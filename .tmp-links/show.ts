import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
const [file, sel = 'article'] = process.argv.slice(2);
const tree = fromHtml(readFileSync(file!, 'utf8'));
const node = select(sel, tree);
console.log(node ? toText(node, { whitespace: 'pre' }).replace(/\n\s*\n+/g, '\n') : 'no match');
