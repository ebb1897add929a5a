import { loadCrosslinkData, parseMdx } from '/work/main/src/lib/crosslinks/sources.ts';
import { toString } from 'mdast-util-to-string';
const { corpus, lexicon } = loadCrosslinkData('/work/main');
console.log('entities', lexicon.entities.length);
const texts: {file:string,text:string}[] = [];
for (const c of corpus.chapters) for (const n of parseMdx(c.body).children) if (n.type==='paragraph') texts.push({file:c.file,text:toString(n)});
for (const p of corpus.projects) texts.push({file:p.file,text:p.text});
const counts = new Map<string, number>();
for (const {file,text} of texts) for (const f of lexicon.matcher.scan(text)) {
  counts.set(f.entity.ref,(counts.get(f.entity.ref)??0)+1);
  if (process.argv[2] && f.entity.ref.includes(process.argv[2])) console.log(file, text.slice(Math.max(0,f.start-12), f.end+12).replace(f.core, `[${f.lead}|${f.core}|${f.trail}]`));
}
for (const e of lexicon.entities) console.log(e.ref, e.name, counts.get(e.ref) ?? 0);
