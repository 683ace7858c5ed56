/** The study as the analysis screens count it, by the coder choice of this device. */
import { useCallback, useMemo } from 'react';
import { countedBy, countedCoder, studyCoders } from '../../shared/coders.ts';
import { useCoderChoice } from '../coder-choice.ts';
import { useProject } from './hooks.ts';

/**
 * A study as the matrix and the tables count it: one coder's segments when several coded
 * (see shared/coders.ts `countedCoder`). `everyone` keeps every coder's segments, as the
 * segments list shows them. In blind mode only the coder's own are kept either way, so
 * nobody sees another coder's work before comparing.
 */
export function useCountedProject(studyId: string, everyone = false) {
  const all = useProject(studyId);
  const [choice, setChoice] = useCoderChoice(studyId);
  const blind = choice.blind && choice.coder !== '';
  const coder = blind ? choice.coder : everyone || !all ? '' : countedCoder(all, choice.counted);
  const project = useMemo(() => (all ? countedBy(all, coder) : undefined), [all, coder]);
  const coders = useMemo(() => (all && !blind ? studyCoders(all) : []), [all, blind]);
  const setCounted = useCallback((counted: string) => setChoice({ counted }), [setChoice]);
  // The consensus is counted by itself once there is one: said wherever it changes what is counted.
  const automatic = !blind && !everyone && coder !== '' && choice.counted !== coder;
  return { all, project, coder, coders, setCounted, automatic };
}
