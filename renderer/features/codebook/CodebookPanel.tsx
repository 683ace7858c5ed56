/** The study's codebook, read-only: the code matrix, then each role and agenda with its definition. */
import { codeOf } from '../../../shared/codebook.ts';
import type { Study } from '../../../shared/model.ts';
import { useLang } from '../../i18n/context.tsx';

export function CodebookPanel({ study }: { study: Study }) {
  const { t, lang } = useLang();
  const { codebook } = study;
  return (
    <section className="panel codebook">
      <h2>{codebook.name}</h2>
      <p className="muted">{t('codebook.intro', { prefix: codebook.prefix })}</p>
      <table className="data-table codebook-matrix">
        <thead>
          <tr>
            <th>{t('codebook.role')}</th>
            {codebook.agendas.map((a) => (
              <th key={a.number} title={a.label[lang]}>
                {a.number}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {codebook.roles.map((r) => (
            <tr key={r.number}>
              <th>
                {codebook.prefix}.{r.number} {r.name[lang]}
              </th>
              {codebook.agendas.map((a) => (
                <td key={a.number} className={`role-${r.number}`}>
                  {codeOf(codebook, r.number, a.number)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="two-columns">
        <div>
          <h3>{t('codebook.roles')}</h3>
          <dl className="definitions">
            {codebook.roles.map((r) => (
              <div key={r.number}>
                <dt>
                  <span className={`swatch role-${r.number}`} /> {codebook.prefix}.{r.number} {r.name[lang]}
                </dt>
                <dd>{r.definition[lang]}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div>
          <h3>{t('codebook.agendas')}</h3>
          <dl className="definitions">
            {codebook.agendas.map((a) => (
              <div key={a.number}>
                <dt>
                  {a.number}. {a.label[lang]}
                </dt>
                <dd>{a.definition[lang]}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </section>
  );
}
