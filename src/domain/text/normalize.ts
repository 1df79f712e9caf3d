/**
 * Text folding for search and Japanese sorting (SPEC §4): NFKC folds full-width
 * Latin and half-width kana; katakana fold to hiragana so a reading typed either
 * way matches; case folds; spaces (ASCII and ideographic) are dropped.
 */
export function foldForSearch(text: string): string {
  return katakanaToHiragana(text.normalize('NFKC').toLowerCase()).replace(/[\s\u3000]+/g, '');
}

/** Katakana (U+30A1–U+30F6) to hiragana; the long-vowel mark and others stay. */
export function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/**
 * Sort key for lists: the reading (フリガナ) when there is one, else the name, folded.
 * Compared with the C collation in SQL so PGlite and PostgreSQL order alike; hiragana
 * code points follow gojūon order, so readings sort as a Japanese user expects.
 */
export function sortKeyOf(name: string, reading?: string | null): string {
  const source = reading && reading.trim() !== '' ? reading : name;
  return foldForSearch(source);
}

/** Build the folded text a record is searched by: every part folded, joined by a separator. */
export function searchTextOf(parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map(foldForSearch)
    .join('|');
}
