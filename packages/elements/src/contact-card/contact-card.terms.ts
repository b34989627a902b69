/** The strings of `<wg-contact-card>`. */
export interface ContactCardTerms {
  'contactCard.title': string;
  'contactCard.grid': string;
  'contactCard.worker': string;
  'contactCard.mobile': string;
  'contactCard.community': string;
  'contactCard.communityPhone': string;
  'contactCard.call': (what: string) => string;
  'contactCard.photoAlt': (name: string) => string;
  'contactCard.masked': string;
  'contactCard.empty': string;
}

export const contactCardZhCN: ContactCardTerms = {
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
};

export const contactCardEn: ContactCardTerms = {
  'contactCard.title': 'Contact card',
  'contactCard.grid': 'Grid',
  'contactCard.worker': 'Grid worker',
  'contactCard.mobile': 'Mobile',
  'contactCard.community': 'Community',
  'contactCard.communityPhone': 'Community phone',
  'contactCard.call': (what) => `Call ${what}`,
  'contactCard.photoAlt': (name) => `Photo of grid worker ${name}`,
  'contactCard.masked': 'number hidden',
  'contactCard.empty': 'No contact card information',
};
