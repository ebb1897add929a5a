/**
 * Build time only: how a name is typed in Latin letters — its full pinyin
 * without tones (yiwangtongban) and its initials (ywtb) — made with
 * pinyin-pro for the names of the plan (never its full text), so that
 * pinyin-pro stays out of the browser. ü is written v, as pinyin keyboards
 * take it (率 → lv), and also u.
 */
import { pinyin } from 'pinyin-pro';
import { isHan } from '../../shared/normalize.ts';

/** Initials shorter than this would match too much by accident (one letter). */
const MIN_INITIALS = 2;

/** The Latin spellings of names given in normal form (entries.ts `keysFor`). */
export function pinyinKeys(keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    if (![...key].some(isHan)) continue;
    const syllables = pinyin(key, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }).map((s) => s.toLowerCase());
    // Letters and digits only: 互联网+教育 is typed hulianwangjiaoyu.
    const latin = (s: string) => s.replace(/[^a-z0-9]/g, '');
    const full = latin(syllables.join(''));
    out.add(full);
    if (full.includes('v')) out.add(full.replaceAll('v', 'u'));
    const chars = [...key];
    if (chars.filter(isHan).length >= MIN_INITIALS && syllables.length === chars.length) {
      out.add(latin(syllables.map((s, i) => (isHan(chars[i]!) ? s[0] : s)).join('')));
    }
  }
  return [...out].filter((k) => /[a-z]/.test(k));
}
