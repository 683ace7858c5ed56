/** The top bar: the app's name, where the user is, and the language switch. */
import type { ReactNode } from 'react';
import { useLang } from '../i18n/context.tsx';

export function Header({ crumbs }: { crumbs: ReactNode }) {
  const { t, lang, setLang } = useLang();
  return (
    <header className="app-header">
      {/* The app's name is the page's one level-one heading; each screen's own titles come below it. */}
      <h1 className="brand-heading">
        <a href="#/" className="brand">
          Telaah
        </a>
      </h1>
      <span className="tagline">{t('app.tagline')}</span>
      <nav className="crumbs" aria-label="breadcrumb">
        {crumbs}
      </nav>
      <span className="spacer" />
      <a href="#/cadangan" className="header-link">
        {t('backups.title')}
      </a>
      <div className="lang-switch" role="group" aria-label={t('app.language')}>
        <button type="button" aria-pressed={lang === 'id'} onClick={() => setLang('id')}>
          ID
        </button>
        <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>
          EN
        </button>
      </div>
    </header>
  );
}
