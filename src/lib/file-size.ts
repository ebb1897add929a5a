/** A file's size as readers read it: 512 字节, 8.4 KB, 126 KB, 2.9 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toFixed(kb < 10 ? 1 : 0)} KB`;
  const mb = kb / 1024;
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}
