/**
 * Lower case, no accents, ligatures spelled out, punctuation as spaces: "Barœul" and "baroeul",
 * "Plaine-Images" and "plaine images" match. Used by the search and by the commune-name check.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
