/**
 * A project file read for a command: the study, with every value that had to be set aside
 * to open it told on stderr (where it was and why), so a command still runs on a study
 * with one bad value in it and the user learns what was left out.
 */
import { basename } from 'node:path';
import { readProjectFile } from '../shared/formats/project-file.ts';
import type { Project } from '../shared/model.ts';
import type { Files } from './files.ts';

export function loadProject(files: Files, path: string): Project {
  const { project, setAside } = readProjectFile(files.read(path), basename(path));
  for (const note of setAside) files.note(note.message);
  return project;
}
