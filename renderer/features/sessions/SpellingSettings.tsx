/**
 * The study's spelling: the language its transcripts and memos are checked in, and the
 * words it adds to the spell checker (besides the participants' names, places and the
 * field's terms, known already). The right-click menu's "add to the study's dictionary"
 * adds here too.
 */
import { useState } from 'react';
import { LANGS, type Lang, type Study } from '../../../shared/model.ts';
import { withWord } from '../../../shared/spelling.ts';
import { useDb } from '../../db/context.tsx';
import { addWordToStudy, updateStudy } from '../../db/studies.ts';
import { useHost } from '../../host/context.tsx';
import { webHost } from '../../host/web-host.ts';
import { useT } from '../../i18n/context.tsx';

export function SpellingSettings({ study }: { study: Study }) {
  const db = useDb();
  const t = useT();
  const host = useHost();
  const [word, setWord] = useState('');
  const [problem, setProblem] = useState(false);

  function add(event: React.FormEvent) {
    event.preventDefault();
    // What is no word is said here; the word itself is added to what is stored, as the right-click menu adds it.
    const refused = withWord([], word) === null;
    setProblem(refused);
    if (refused) return;
    void addWordToStudy(db, study.id, word);
    setWord('');
  }

  return (
    <section className="card spelling-settings" aria-labelledby="spelling-title">
      <h3 id="spelling-title">{t('spelling.title')}</h3>
      <p className="muted">{t('spelling.intro')}</p>
      <label>
        {t('spelling.language')}
        <select value={study.language} onChange={(e) => void updateStudy(db, study.id, { language: e.target.value as Lang })}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`transcribe.lang.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <h4>{t('spelling.words')}</h4>
      {study.dictionary.length === 0 ? (
        <p className="muted">{t('spelling.none')}</p>
      ) : (
        <ul className="word-chips" aria-label={t('spelling.words')}>
          {study.dictionary.map((w) => (
            <li key={w}>
              <span lang={study.language}>{w}</span>
              <button type="button" className="link" aria-label={t('spelling.remove', { word: w })} onClick={() => void updateStudy(db, study.id, { dictionary: study.dictionary.filter((x) => x !== w) })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form-row" onSubmit={add}>
        <label>
          {t('spelling.newWord')}
          <input value={word} onChange={(e) => (setWord(e.target.value), setProblem(false))} lang={study.language} aria-invalid={problem || undefined} />
        </label>
        <button type="submit">{t('spelling.add')}</button>
      </form>
      {problem && (
        <p role="alert" className="danger-text">
          {t('spelling.notAWord')}
        </p>
      )}
      {host === webHost && <p className="muted">{t('spelling.web')}</p>}
    </section>
  );
}
