import type { WanggeTranslation } from './translation.js';

/** Simplified Chinese (zh-CN), the kit's default language. */
export const zhCN: WanggeTranslation = {
  $code: 'zh-cn',
  $name: '简体中文',
  $dir: 'ltr',
  'contactCard.title': '连心卡',
  'contactCard.grid': '网格',
  'contactCard.worker': '网格员',
  'contactCard.mobile': '手机',
  'contactCard.community': '社区',
  'contactCard.communityPhone': '社区电话',
  'contactCard.call': (what) => `拨打${what}`,
  'contactCard.photoAlt': (name) => `网格员${name}的照片`,
  'contactCard.masked': '号码已隐藏',
  'contactCard.empty': '暂无连心卡信息',
  'error.title': '数据无效，无法显示',
  'error.at': (path) => `位置：${path}`,
};
