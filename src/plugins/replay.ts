/**
 * The edition's remark plugins (index.ts) run on every MDX file of the
 * edition, as Astro's MDX compiler runs them, on a copy of each file's tree:
 * what the content check reports when a plugin would stop the build, and
 * what the cross-link report counts. Once per edition.
 */
import { unified } from 'unified';
import { join } from 'node:path';
import type { LinkEvent } from '../lib/crosslinks/link.ts';
import { derived, type Edition } from '../edition/index.ts';
import { editionRemarkPlugins } from './index.ts';

export interface FileReplay {
  /** content/chapters/chapter-4.mdx */
  file: string;
  /** What the cross-linking did, name by name. */
  events: readonly LinkEvent[];
  /** Why a plugin stopped on this file, if one did: its message, and the line where the message names one. */
  error?: { line: number | undefined; message: string };
}

/** A plugin's message starts with the file's path, and its line where it knows it: “/…/chapter-4.mdx:12: …”. */
function located(message: string, path: string): { line: number | undefined; message: string } {
  const at = message.indexOf(path);
  if (at === -1) return { line: undefined, message };
  const rest = message.slice(at + path.length);
  const line = /^:(\d+)/.exec(rest)?.[1];
  return { line: line === undefined ? undefined : Number(line), message: rest.replace(/^(:\d+)?:\s*/, '') };
}

export const replayOf = derived('replay', (edition: Edition): FileReplay[] => {
  const events = new Map<string, readonly LinkEvent[]>();
  const processor = unified().use(editionRemarkPlugins(() => edition, { crosslinks: true, onLinked: (file, found) => events.set(file, found) }));
  return edition.files.flatMap((file): FileReplay[] => {
    if (!file.path.endsWith('.mdx')) return [];
    const { tree } = edition.mdx(file);
    if (!tree) return []; // does not compile: the check reports that
    try {
      // Astro's MDX compiler hands the plugins the file's path and its frontmatter.
      processor.runSync(structuredClone(tree), {
        path: join(edition.root, file.path),
        value: file.body,
        data: { astro: { frontmatter: file.data as Record<string, unknown> } },
      });
    } catch (error) {
      return [{ file: file.path, events: [], error: located((error as Error).message, file.path) }];
    }
    return [{ file: file.path, events: events.get(file.path) ?? [] }];
  });
});
