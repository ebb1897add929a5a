import { loadCrosslinkData } from '../src/lib/crosslinks/sources.ts';
import { indexOccurrences } from '../src/lib/crosslinks/occurrences.ts';
const { corpus, lexicon } = loadCrosslinkData('/work/main');
const t0 = performance.now();
const index = indexOccurrences(lexicon, corpus);
console.log('ms', performance.now() - t0, 'problems', index.problems);
for (const o of index.byRef.values()) console.log(o.entity.ref, o.total, o.backlinks.length, 'h:', o.inHeadings.length, 'x:', o.excluded, process.argv[2] && o.entity.ref.includes(process.argv[2]) ? JSON.stringify(o.backlinks.map(b=>[b.location.href,b.location.citation,b.count, b.snippet.before+'['+b.snippet.match+']'+b.snippet.after]),null,1) : '');
