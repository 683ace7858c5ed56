/** A file name stem from a title: lower case, words joined by dashes, at most 60 characters. */
export function fileStem(title: string, fallback = 'studi'): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || fallback;
}
