/** The letter PDFs kept with a case: those a mailing names as the letter it carried, and those under letters/. */
export function keptLetters(files: readonly { jsonPath: string; path: string; sha256: string }[]) {
  const seen = new Set<string>();
  return files.filter(
    (f) =>
      (/^mailings\[\d+\]\.letter$/.test(f.jsonPath) || f.path.startsWith('letters/')) &&
      /\.pdf$/i.test(f.path) &&
      !seen.has(f.path) &&
      seen.add(f.path),
  );
}
