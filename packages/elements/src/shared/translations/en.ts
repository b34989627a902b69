import type { SharedTerms } from './translation.js';

/** English, the kit's second language. */
export const en: SharedTerms & { $code: string; $name: string; $dir: 'ltr' } = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  'error.title': 'Invalid data, cannot display',
  'error.at': (path) => `At: ${path}`,
  'shared.loading': 'Loading…',
  'shared.masked': 'hidden',
};
