// Shortens a label to fit a node without measuring text (measuring 200 nodes would slow opening).
export function shorten(text, maxWidth) {
  let width = 0;
  let out = '';
  for (const ch of text || '') {
    width += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
    if (width > maxWidth) return out + '…';
    out += ch;
  }
  return out;
}

const unitsOf = (ch) => (ch.charCodeAt(0) > 0x2e7f ? 2 : 1);

/**
 * Breaks a label into lines of at most maxWidth units (a CJK character counts two), between words where the text has
 * spaces, so a name is shown whole; only a name longer than maxLines lines ends in an ellipsis.
 */
export function wrap(text, maxWidth, maxLines) {
  const lines = [];
  let line = '';
  let width = 0;
  const tokens = (text || '').match(/\S+\s*|\s+/g) || [];
  const pieces = tokens.flatMap((t) => (/[\u2e80-\uffff]/.test(t) ? [...t] : [t]));
  for (const piece of pieces) {
    const pieceWidth = [...piece.trimEnd()].reduce((sum, ch) => sum + unitsOf(ch), 0);
    if (width > 0 && width + pieceWidth > maxWidth) {
      lines.push(line.trimEnd());
      line = '';
      width = 0;
    }
    for (const ch of piece) {
      if (width + unitsOf(ch) > maxWidth && ch.trim()) {
        lines.push(line.trimEnd());
        line = '';
        width = 0;
      }
      if (!line && !ch.trim()) continue;
      line += ch;
      width += unitsOf(ch);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines.length ? lines : [''];
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth);
  return kept;
}

export function localized(text, culture) {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return culture && culture.toLowerCase().startsWith('en') ? text.en : text.zhCn;
}
