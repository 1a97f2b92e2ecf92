// Glyphs for the descriptor icon names; plain Unicode so nothing is fetched and every font has them.
const glyphs = {
  play: '▶',
  stop: '■',
  user: '☺',
  fork: '◇',
  switch: '☰',
  merge: '⊕',
  mail: '✉',
  flag: '⚑',
  clock: '◷',
  variable: '𝑥',
  check: '✓',
  search: '⌕',
  certificate: '★',
  note: '✎',
};

export function glyphFor(icon) {
  return glyphs[icon] || '●';
}
