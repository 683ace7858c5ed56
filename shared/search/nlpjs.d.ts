/** The Snowball Indonesian stemmer of @nlpjs/lang-id, which ships no types. */
declare module '@nlpjs/lang-id/src/indonesian-stemmer.js' {
  export default class IndonesianStemmer {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/lang-id/src/stopwords-id.js' {
  export default class StopwordsId {
    dictionary: Record<string, boolean>;
  }
}
