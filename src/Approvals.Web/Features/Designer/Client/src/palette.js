import { glyphFor } from './icons.js';
import { localized } from './text.js';

const categoryNames = {
  Flow: { zhCn: '流程', en: 'Flow' },
  Human: { zhCn: '人工', en: 'Human' },
  Primitives: { zhCn: '基础', en: 'Primitives' },
  Email: { zhCn: '邮件', en: 'E-mail' },
  Timers: { zhCn: '定时', en: 'Timers' },
  Metrology: { zhCn: '计量业务', en: 'Metrology' },
};

/**
 * The palette: descriptors grouped by category with a search box. Pressing on an item calls
 * onStartDrag(type, mouseEvent) so the canvas can run its drag-and-drop.
 */
export function renderPalette(container, descriptors, culture, onStartDrag) {
  container.innerHTML = '';
  container.classList.add('apd-palette');
  const search = document.createElement('input');
  search.type = 'search';
  search.className = 'apd-palette-search';
  search.placeholder = culture && culture.startsWith('en') ? 'Search activities' : '搜索活动';
  search.setAttribute('data-testid', 'palette-search');
  container.appendChild(search);

  const groups = new Map();
  for (const d of descriptors) {
    if (!groups.has(d.category)) groups.set(d.category, []);
    groups.get(d.category).push(d);
  }
  const items = [];
  for (const [category, members] of groups) {
    const section = document.createElement('section');
    section.className = 'apd-palette-group';
    const title = document.createElement('h4');
    title.textContent = localized(categoryNames[category] || category, culture);
    section.appendChild(title);
    for (const d of members) {
      const item = document.createElement('div');
      item.className = 'apd-palette-item';
      item.setAttribute('data-activity-type', d.type);
      item.title = localized(d.description, culture);
      const icon = document.createElement('span');
      icon.className = 'apd-palette-icon';
      icon.textContent = glyphFor(d.icon);
      const name = document.createElement('span');
      name.textContent = localized(d.displayName, culture);
      item.append(icon, name);
      item.addEventListener('mousedown', (e) => {
        if (e.button === 0) onStartDrag(d.type, e);
      });
      section.appendChild(item);
      items.push({ item, section, text: `${d.type} ${d.displayName.zhCn} ${d.displayName.en} ${category}`.toLowerCase() });
    }
    container.appendChild(section);
  }
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    for (const { item, text } of items) item.style.display = !q || text.includes(q) ? '' : 'none';
    for (const section of container.querySelectorAll('.apd-palette-group')) {
      const visible = [...section.querySelectorAll('.apd-palette-item')].some((i) => i.style.display !== 'none');
      section.style.display = visible ? '' : 'none';
    }
  });
}
