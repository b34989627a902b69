import type { WanggeTranslation } from './translation.js';

/** English, the kit's second language. */
export const en: WanggeTranslation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
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
  'error.title': 'Invalid data, cannot display',
  'error.at': (path) => `At: ${path}`,
};
