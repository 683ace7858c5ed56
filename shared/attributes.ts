/**
 * Participant attributes a study defines beyond the built-in ones (assistant type, site,
 * affiliation): "jenis kelamin", "lama bertugas"… Each participant may have a value of
 * each; the matrix and word frequencies can compare groups by them. Names are one clean
 * line, in lower case as CSV headers are read, and differ from the built-in columns.
 */
import type { Participant, Study } from './model.ts';
import { cleanName, lineProblem } from './text-clean.ts';

/** Participant columns Telaah has itself: never the name of a study's own attribute. */
export const RESERVED_ATTRIBUTES: readonly string[] = ['label', 'assistant_type', 'site', 'affiliation', 'pseudonym', 'real_name', 'consent_date', 'consent_way', 'consent_notes'];

/** An attribute name as typed or read from a header, made clean; null when it cannot be one. */
export function attributeName(raw: string): string | null {
  const name = cleanName(raw).toLocaleLowerCase('id');
  return name === '' || lineProblem(name) || RESERVED_ATTRIBUTES.includes(name) ? null : name;
}

/** The study with one more attribute, unless it has it already. */
export function withAttribute(study: Study, name: string): Study {
  return study.attributes.includes(name) ? study : { ...study, attributes: [...study.attributes, name] };
}

/** A participant's value of an attribute, '' when none. */
export function attributeValue(participant: Pick<Participant, 'attributes'> | undefined, name: string): string {
  return participant?.attributes[name] ?? '';
}

/** The participant with an attribute's value set ('' clears it). */
export function withAttributeValue(participant: Participant, name: string, value: string): Participant {
  return withAttributeValues(participant, [[name, value]]);
}

/** The participant with several attributes' values set at once ('' clears one): one copy, however many columns a file has. */
export function withAttributeValues(participant: Participant, values: Iterable<readonly [string, string]>): Participant {
  const attributes = { ...participant.attributes };
  for (const [name, value] of values) {
    const clean = cleanName(value);
    if (clean === '') delete attributes[name];
    else attributes[name] = clean;
  }
  return { ...participant, attributes };
}

/** The study with these attributes added, each once, in order. */
export function withAttributes(study: Study, names: readonly string[]): Study {
  const known = new Set(study.attributes);
  const added = names.filter((name) => !known.has(name) && (known.add(name), true));
  return added.length === 0 ? study : { ...study, attributes: [...study.attributes, ...added] };
}
