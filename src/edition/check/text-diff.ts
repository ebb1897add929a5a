/**
 * Compares two sequences of passages and shows where a passage changed, so
 * that an editor can see the exact words at issue.
 */

export type Change<T> =
  | { kind: 'changed'; expected: T; actual: T; before: T | undefined }
  | { kind: 'deleted'; expected: T; before: T | undefined }
  | { kind: 'added'; actual: T; before: T | undefined };

/**
 * Longest-common-subsequence diff of `expected` against `actual`, by `key`.
 * Within a run of differences, deletions and additions pair up as changes.
 * `before` is the last unchanged actual item ahead of the change (for lines).
 */
export function diffSequences<T>(expected: readonly T[], actual: readonly T[], key: (item: T) => string): Change<T>[] {
  const a = expected.map(key);
  const b = actual.map(key);
  // lengths[i][j]: LCS of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const changes: Change<T>[] = [];
  let deleted: T[] = [];
  let added: T[] = [];
  let before: T | undefined;
  const flush = () => {
    const paired = Math.min(deleted.length, added.length);
    for (let k = 0; k < paired; k += 1) changes.push({ kind: 'changed', expected: deleted[k]!, actual: added[k]!, before });
    for (const item of deleted.slice(paired)) changes.push({ kind: 'deleted', expected: item, before });
    for (const item of added.slice(paired)) changes.push({ kind: 'added', actual: item, before });
    deleted = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      before = actual[j];
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      added.push(actual[j]!);
      j += 1;
    } else {
      deleted.push(expected[i]!);
      i += 1;
    }
  }
  flush();
  return changes;
}

const CONTEXT = 12;

/** Clips text to at most `max` characters, marking the cut. */
export function clip(text: string, max = 40): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/**
 * The differing stretch of two texts with a little context on each side,
 * the difference in 【】: “…统一标准【清晰】、整合…” / “…统一标准【清洗】、整合…”.
 */
export function showDifference(expected: string, actual: string): { expected: string; actual: string } {
  const e = [...expected];
  const a = [...actual];
  let prefix = 0;
  while (prefix < e.length && prefix < a.length && e[prefix] === a[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < e.length - prefix && suffix < a.length - prefix && e[e.length - 1 - suffix] === a[a.length - 1 - suffix]) suffix += 1;
  const show = (chars: string[]) => {
    const start = Math.max(0, prefix - CONTEXT);
    const end = Math.min(chars.length, chars.length - suffix + CONTEXT);
    return (
      (start > 0 ? '…' : '') +
      chars.slice(start, prefix).join('') +
      `【${clip(chars.slice(prefix, chars.length - suffix).join(''), 60)}】` +
      chars.slice(chars.length - suffix, end).join('') +
      (end < chars.length ? '…' : '')
    );
  };
  return { expected: show(e), actual: show(a) };
}
