/**
 * Words that word frequencies leave out by default: the Indonesian stopword list of
 * @nlpjs/lang-id (Tala's list of 809 function words: ada, adalah, yang, itu…), and the
 * fillers and particles of spoken Indonesian that an FGD transcript is full of but a
 * written list lacks (eh, ya, nggak, gitu, sih, kok…). A study can add its own.
 */
import StopwordsId from '@nlpjs/lang-id/src/stopwords-id.js';

/** Fillers, particles and informal forms of everyday speech, as transcribers write them. */
export const FGD_FILLERS: readonly string[] = [
  'eh', 'ehm', 'em', 'emm', 'ee', 'eee', 'hm', 'hmm', 'mm', 'ah', 'oh', 'uh', 'wah', 'nah', 'yah', 'ya', 'iya', 'yaa', 'he', 'hehe',
  'kan', 'sih', 'dong', 'deh', 'lah', 'loh', 'lho', 'kok', 'tuh', 'nih', 'toh', 'pun', 'kah', 'tah',
  'gitu', 'gini', 'begitu', 'begini', 'kayak', 'kaya', 'kek', 'gimana', 'bagaimana', 'kenapa', 'ngapain',
  'nggak', 'ngga', 'enggak', 'engga', 'gak', 'ga', 'kagak', 'ndak', 'tak', 'udah', 'udh', 'dah', 'aja', 'ajah', 'emang', 'memang',
  'terus', 'trus', 'tros', 'jadi', 'jd', 'oke', 'ok', 'okay', 'baik', 'betul', 'bener', 'banget', 'pas', 'tadi', 'sama',
  'pak', 'bu', 'mas', 'mbak', 'dik', 'kak', 'bang',
];

let library: ReadonlySet<string> | null = null;

/** A study's own stopwords as typed (separated by commas, spaces or lines): lower case, once each, in order. */
export function ownStopwords(typed: string): string[] {
  return [...new Set(typed.split(/[\s,;]+/).map((w) => w.trim().toLocaleLowerCase('id')).filter((w) => w !== ''))];
}

/** The words left out unless the user keeps them: the library's list, the fillers, and the study's own. */
export function stopwordsWith(own: readonly string[] = []): ReadonlySet<string> {
  library ??= new Set([...Object.keys(new StopwordsId().dictionary), ...FGD_FILLERS]);
  return own.length === 0 ? library : new Set([...library, ...ownStopwords(own.join(' '))]);
}
