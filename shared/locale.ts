/** The one locale each UI language formats numbers and dates with. */
import type { Lang } from './model.ts';

export const localeOf = (lang: Lang): string => (lang === 'id' ? 'id-ID' : 'en-GB');
