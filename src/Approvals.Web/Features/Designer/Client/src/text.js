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

export function localized(text, culture) {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return culture && culture.toLowerCase().startsWith('en') ? text.en : text.zhCn;
}
