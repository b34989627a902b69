// The page's own words in both languages; the elements translate themselves (they follow the
// page's `lang`). Elements marked `data-text="key"` in index.html get `TEXT[lang][key]`.
export type PageLang = 'zh-CN' | 'en';

const ZH = {
  pageTitle: '迎泽区网格化综治指挥中心 · 网格 wangge 示例',
  skip: '跳到主要内容',
  title: '迎泽区网格化综治指挥中心',
  subtitle: '示范区：1,198 个网格、2,568 个微网格，模拟一天的问题上报与闭环处置',
  clockLabel: '模拟时间',
  speedLabel: '模拟速度',
  pause: '暂停',
  languageLabel: '语言',
  otherPages: '其他示例',
  contactCards: '连心卡',
  everyWidget: '全部组件',
  dashboardHeading: '指挥中心总览',
  dashboardHint: '今日截至模拟时间的指标，与昨日同一时刻相比。',
  levelsLabel: '各街道今日办结层级',
  mapHeading: '网格地图与案件',
  mapHint: '在地图或网格树中选择一个单元以筛选案件列表；颜色表示在办或超期案件数。',
  colorBy: '地图着色',
  colorOpen: '在办',
  colorOverdue: '超期',
  caseHeading: '当前案件',
  caseHint: '在列表或地图上选择一个案件，查看其办理经过。',
  contactHeading: '所在网格的连心卡',
  contactHint: '选择一个网格或案件后显示该网格的连心卡。',
  reportHeading: '问题上报（热线坐席）',
  reportHint:
    '在地图上点选位置或在网格树中选择网格：系统定位网格、按规则确定层级、责任人和时限，并立案派遣。',
  decisionHeading: '派遣决定',
  footer: '所有案件均为演示数据，由带种子的模拟生成；页面不含任何居民个人信息。',
  loading: '正在加载迎泽区数据并模拟昨日……',
  ready: '指挥中心已就绪。',
  loadFailed: '无法加载示例数据：请先运行 npm run build。',
  accepted: '已受理，案件编号',
  refused: '上报未被受理：',
  speedNow: '当前速度',
};

export type TextKey = keyof typeof ZH;

const EN: Record<TextKey, string> = {
  pageTitle: 'Yingze grid command centre · wangge example',
  skip: 'Skip to the main content',
  title: 'Yingze District grid command centre',
  subtitle:
    'The demo district: 1,198 grids and 2,568 micro-grids, through one simulated day of reports and their closed loop',
  clockLabel: 'Simulated time',
  speedLabel: 'Simulation speed',
  pause: 'Pause',
  languageLabel: 'Language',
  otherPages: 'Other examples',
  contactCards: 'Contact cards',
  everyWidget: 'Every widget',
  dashboardHeading: 'Command centre overview',
  dashboardHint:
    "Today's figures up to the simulated time, compared with yesterday at the same time.",
  levelsLabel: "Today's closures by level, per street",
  mapHeading: 'Grid map and cases',
  mapHint:
    'Choose a unit on the map or in its tree to filter the list; colours show open or overdue cases.',
  colorBy: 'Colour the map by',
  colorOpen: 'Open',
  colorOverdue: 'Overdue',
  caseHeading: 'The chosen case',
  caseHint: 'Choose a case in the list or on the map to see its history.',
  contactHeading: "The grid's contact card",
  contactHint: 'Choose a grid or a case to see the contact card of its grid.',
  reportHeading: 'Report a problem (hotline desk)',
  reportHint:
    'Pick the place on the map or choose a grid in the tree: the page locates the grid, decides the level, handler and due time by the rules, and files and assigns the case.',
  decisionHeading: 'Dispatch decision',
  footer:
    'Every case is demo data from a seeded simulation; the page holds no personal data of any resident.',
  loading: 'Loading Yingze District and simulating yesterday…',
  ready: 'The command centre is ready.',
  loadFailed: 'The example data could not be loaded: run npm run build first.',
  accepted: 'Accepted, case number',
  refused: 'The report was not accepted: ',
  speedNow: 'Current speed',
};

const TEXT: Record<PageLang, Record<TextKey, string>> = { 'zh-CN': ZH, en: EN };

/** The page's text for `key` in `lang`. */
export function text(lang: PageLang, key: TextKey): string {
  return TEXT[lang][key];
}

/** Writes every `data-text` element's text (and the title) in `lang`. */
export function applyPageText(lang: PageLang): void {
  document.documentElement.lang = lang;
  document.title = text(lang, 'pageTitle');
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = element.dataset.text as TextKey;
    if (key in ZH) element.textContent = text(lang, key);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const key = element.dataset.label as TextKey;
    // The elements name their own region from `label`; plain elements take an aria-label.
    const attribute = element.localName.startsWith('wg-') ? 'label' : 'aria-label';
    if (key in ZH) element.setAttribute(attribute, text(lang, key));
  }
}
