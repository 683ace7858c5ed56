/**
 * A date typed and shown day first (14/03/2019) in either UI language; the browser's own date
 * input follows the operating system's locale instead and shows 03/14/2019 on many machines.
 * What cannot be read stays in the field with the reason beside it, and nothing is saved.
 */
import { useState } from 'react';
import { formatDay, readDay } from '../../shared/day.ts';
import { useT } from '../i18n/context.tsx';

export function DayField({ label, value, onChange }: { label: string; value: string; onChange: (day: string) => void }) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);

  function take(input: HTMLInputElement) {
    const reading = readDay(input.value);
    if ('problem' in reading) {
      setProblem(t(`day.${reading.problem}`, { typed: input.value.trim() }));
      return;
    }
    setProblem(null);
    input.value = formatDay(reading.day);
    if (reading.day !== value) onChange(reading.day);
  }

  return (
    <>
      <input
        aria-label={label}
        className="day-field"
        inputMode="numeric"
        placeholder={t('day.placeholder')}
        defaultValue={formatDay(value)}
        aria-invalid={problem !== null}
        onBlur={(e) => take(e.currentTarget)}
        onKeyDown={(e) => e.key === 'Enter' && take(e.currentTarget)}
      />
      {problem && (
        <span className="danger-text" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
