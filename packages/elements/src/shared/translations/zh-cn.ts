import type { SharedTerms } from './translation.js';

/** Simplified Chinese (zh-CN), the kit's default language. */
export const zhCN: SharedTerms & { $code: string; $name: string; $dir: 'ltr' } = {
  $code: 'zh-cn',
  $name: '简体中文',
  $dir: 'ltr',
  'error.title': '数据无效，无法显示',
  'error.at': (path) => `位置：${path}`,
  'shared.loading': '加载中…',
  'shared.masked': '已隐藏',
};
