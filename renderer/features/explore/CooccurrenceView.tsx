/**
 * Code co-occurrence as a code × code table: by segment, turn or overlapping text, for all
 * segments or one group's (an assistant type, a site, an affiliation, a value of the study's
 * own attributes). A count opens the statements behind it; the table is saved as CSV.
 */
import { useMemo, useState } from 'react';
import { findCode } from '../../../shared/codebook.ts';
import { comparisonChoices, comparisonGroups } from '../../../shared/comparison.ts';
import { COOCCURRENCE_UNITS, cooccurrence, cooccurrenceRows, type CooccurrenceUnit } from '../../../shared/cooccurrence.ts';
import type { Project } from '../../../shared/model.ts';
import { useLang } from '../../i18n/context.tsx';
import { hrefOf } from '../../router.ts';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { SaveList } from './SaveList.tsx';

export function CooccurrenceView({ project }: { project: Project }) {
  const { t, lang } = useLang();
  const notices = useNotice();
  const [unit, setUnit] = useState<CooccurrenceUnit>('segment');
  /** `by` and the group's key, joined by a NUL; '' for every segment. */
  const [group, setGroup] = useState('');
  const [open, setOpen] = useState<[string, string] | null>(null);
  const table = useMemo(() => {
    const [by, key] = group.split('\u0000');
    return cooccurrence(project, { unit, group: group === '' ? null : { by: by!, key: key! } });
  }, [project, unit, group]);
  const name = (code: string) => {
    const c = findCode(project.study.codebook, code);
    return c ? `${c.code} ${c.role.name[lang]} · ${c.agenda.label[lang]}` : code;
  };
  const speakers = useMemo(() => {
    const people = new Map(project.participants.map((p) => [p.id, p.label]));
    return new Map(project.turns.map((x) => [x.id, x.speakerId ? (people.get(x.speakerId) ?? '') : '']));
  }, [project]);
  const sessions = new Map(project.sessions.map((s) => [s.id, s.title]));
  const max = Math.max(1, ...table.codes.flatMap((a) => table.codes.filter((b) => b !== a).map((b) => table.cell(a, b).count)));
  const behind = open ? table.cell(open[0], open[1]) : null;
  return (
    <div className="cooccurrence-view">
      <div className="toolbar">
        <label>
          {t('explore.unit')}
          <select value={unit} onChange={(e) => (setUnit(e.target.value as CooccurrenceUnit), setOpen(null))} name="unit">
            {COOCCURRENCE_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`explore.unit.${u}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('explore.group')}
          <select value={group} onChange={(e) => (setGroup(e.target.value), setOpen(null))} name="group">
            <option value="">{t('explore.allSegments')}</option>
            {comparisonChoices(project.study, lang).map((c) => (
              <optgroup key={c.by} label={c.label}>
                {comparisonGroups(project, c.by).map((g) => (
                  <option key={g.key} value={`${c.by}\u0000${g.key}`}>
                    {g.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <SaveList name="kemunculan-bersama" label={t('explore.saveCooccurrence')} disabled={table.codes.length === 0} notices={notices} table={() => ({ header: ['code', ...table.codes], rows: cooccurrenceRows(table) })} />
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      {table.codes.length === 0 ? (
        <p className="empty">{t('segments.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table cooccurrence-table">
            <thead>
              <tr>
                <th>
                  <span className="sr-only">{t('segments.code')}</span>
                </th>
                {table.codes.map((b) => (
                  <th key={b} className="num" title={name(b)}>
                    {b}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.codes.map((a) => (
                <tr key={a}>
                  <th title={name(a)}>{a}</th>
                  {table.codes.map((b) => {
                    const n = table.cell(a, b).count;
                    const diagonal = a === b;
                    return (
                      <td key={b} className={`num${diagonal ? ' diagonal' : ''}`} style={diagonal || n === 0 ? undefined : { background: `rgba(15, 118, 110, ${(0.12 + (0.6 * n) / max).toFixed(2)})` }}>
                        {n === 0 ? (
                          <span className="muted">·</span>
                        ) : (
                          <button type="button" className="cell-button" aria-pressed={open?.[0] === a && open[1] === b} aria-label={t('explore.pairLabel', { a, b, n })} onClick={() => setOpen([a, b])}>
                            {n}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && behind && (
        <section className="cooccurrence-detail" aria-label={t('explore.behind', { a: open[0], b: open[1] })}>
          <h3>{open[0] === open[1] ? name(open[0]) : `${name(open[0])} + ${name(open[1])}`}</h3>
          <ul className="quote-list">
            {behind.segments.map((s) => (
              <li key={s.id}>
                <q>{s.text}</q>{' '}
                <span className="muted">
                  {s.codes.join(', ')} · {speakers.get(s.turnId) || '—'} · {sessions.get(s.sessionId)}
                </span>{' '}
                <a href={hrefOf({ page: 'session', studyId: project.study.id, sessionId: s.sessionId, turnId: s.turnId })}>{t('matrix.open')}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
