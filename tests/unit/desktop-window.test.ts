/** The desktop window's remembered place and zoom, the files a launch hands over, spelling, the guide and the recent list. */
import { describe, expect, it } from 'vitest';
import { guidePath } from '../../electron/guide.ts';
import { projectFilesIn } from '../../electron/launch-files.ts';
import { RecentFiles } from '../../electron/recent-files.ts';
import { dictionaryChanges, spellCheckerLanguages } from '../../electron/spelling.ts';
import { windowState } from '../../electron/validate.ts';
import { fitToDisplays, MIN_SIZE, readPlacement, zoomStep } from '../../electron/window-state.ts';
import { RECENT_LIMIT } from '../../shared/desktop.ts';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('the window’s place', () => {
  it('is read back as stored, and as the first run’s when the file is missing or damaged', () => {
    expect(readPlacement({ bounds: { x: 40, y: 30, width: 1200, height: 700 }, maximized: true, zoomLevel: 1 })).toEqual({ bounds: { x: 40, y: 30, width: 1200, height: 700 }, maximized: true, zoomLevel: 1 });
    for (const damaged of [null, 'x', { bounds: { x: 'a' } }, { bounds: { x: 1, y: 2, width: NaN, height: 3 } }]) {
      expect(readPlacement(damaged)).toEqual({ bounds: null, maximized: false, zoomLevel: 0 });
    }
    expect(readPlacement({ zoomLevel: 99 }).zoomLevel).toBe(6);
  });

  it('stays where it was on a screen still attached', () => {
    expect(fitToDisplays({ x: 1500, y: 100, width: 1400, height: 900 }, [laptop, monitor])).toEqual({ x: 1500, y: 100, width: 1400, height: 900 });
  });

  it('comes back onto the laptop’s screen when the monitor it was on is gone, no larger than that screen', () => {
    expect(fitToDisplays({ x: 1500, y: 100, width: 1600, height: 1000 }, [laptop])).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    expect(fitToDisplays({ x: -3000, y: 100, width: 1000, height: 700 }, [laptop])).toEqual({ x: 183, y: 14, width: 1000, height: 700 });
  });

  it('is never smaller than the smallest window that works, and is left to the system on the first run', () => {
    expect(fitToDisplays({ x: 10, y: 10, width: 200, height: 100 }, [monitor, laptop])).toMatchObject(MIN_SIZE);
    expect(fitToDisplays(null, [laptop])).toBeNull();
  });

  it('zooms in half steps between 50 % and 300 %, and back to 100 %', () => {
    expect(zoomStep(0, 1)).toBe(0.5);
    expect(zoomStep(0.5, -1)).toBe(0);
    expect(zoomStep(6, 1)).toBe(6);
    expect(zoomStep(-3, -1)).toBe(-3);
    expect(zoomStep(2.5, 0)).toBe(0);
  });
});

describe('files handed to the app at launch', () => {
  it('are the project files among the arguments, not options, the app itself or other files', () => {
    expect(projectFilesIn(['/opt/Telaah/telaah', '--no-sandbox', '/home/rina/Studi.telaah.json', '/home/rina/ekspor.QDPX', '/home/rina/catatan.txt'])).toEqual(['/home/rina/Studi.telaah.json', '/home/rina/ekspor.QDPX']);
    expect(projectFilesIn(['C:\\Program Files\\Telaah\\Telaah.exe', 'C:\\Users\\rina\\Studi Garut.telaah.json'])).toEqual(['C:\\Users\\rina\\Studi Garut.telaah.json']);
    expect(projectFilesIn(['/usr/bin/electron', '.'])).toEqual([]);
  });
});

describe('spelling', () => {
  it('uses the Indonesian dictionary for an Indonesian study and the English one for an English study, when the platform has them', () => {
    expect(spellCheckerLanguages('id', ['en-US', 'id', 'ms'])).toEqual(['id']);
    expect(spellCheckerLanguages('id', ['en-US', 'id-ID'])).toEqual(['id-ID']);
    expect(spellCheckerLanguages('en', ['en-GB', 'id'])).toEqual(['en-GB']);
    expect(spellCheckerLanguages('id', ['en-US', 'de'])).toEqual([]);
  });

  it('adds the study’s new words and takes back the ones it no longer has', () => {
    expect(dictionaryChanges(new Set(['KPM', 'Sukamaju']), ['KPM', 'e-Warong'])).toEqual({ add: ['e-Warong'], remove: ['Sukamaju'] });
    expect(dictionaryChanges(new Set(), [])).toEqual({ add: [], remove: [] });
  });

  it('checks the window’s state before believing it', () => {
    const good = { lang: 'en', available: ['find', 'find'], context: { segmentId: 's1', codable: true }, spelling: { lang: 'id', words: ['KPM'] } };
    expect(windowState(good)).toEqual({ lang: 'en', available: ['find'], context: { segmentId: 's1', codable: true }, spelling: { lang: 'id', words: ['KPM'] } });
    for (const bad of [null, { ...good, lang: 'fr' }, { ...good, available: ['quit'] }, { ...good, spelling: { lang: 'id', words: ['x'.repeat(101)] } }, { ...good, context: { segmentId: 5 } }]) {
      expect(() => windowState(bad)).toThrow();
    }
  });
});

describe('the user guide', () => {
  it('opens from the unpacked docs in the packaged app, and from the project in development', () => {
    expect(guidePath('/opt/Telaah/resources/app.asar', 'id').replaceAll('\\', '/')).toBe('/opt/Telaah/resources/app.asar.unpacked/docs/panduan.md');
    expect(guidePath('/home/dev/telaah', 'en').replaceAll('\\', '/')).toBe('/home/dev/telaah/docs/guide.md');
  });
});

describe('recent project files', () => {
  function store(initial: unknown) {
    const saved: unknown[] = [];
    const system: string[] = [];
    let clock = 0;
    const recent = new RecentFiles({
      load: () => initial,
      save: (list) => void saved.push(list),
      addToSystem: (path) => void system.push(path),
      baseName: (path) => path.split('/').pop()!,
      now: () => new Date(Date.UTC(2026, 10, 30, 10, clock++)).toISOString(),
    });
    return { recent, saved, system };
  }

  it('puts the file opened last on top, once, and keeps at most ten', () => {
    const { recent, system } = store([]);
    for (let i = 1; i <= 12; i++) recent.remember(`/home/rina/studi-${i}.telaah.json`);
    recent.remember('/home/rina/studi-5.telaah.json');
    const names = recent.list().map((r) => r.name);
    expect(names).toHaveLength(RECENT_LIMIT);
    expect(names.slice(0, 3)).toEqual(['studi-5.telaah.json', 'studi-12.telaah.json', 'studi-11.telaah.json']);
    expect(new Set(names).size).toBe(names.length);
    expect(system.at(-1)).toBe('/home/rina/studi-5.telaah.json');
  });

  it('reads a damaged list as empty, and leaves out entries that are not files', () => {
    expect(store('{not json').recent.list()).toEqual([]);
    expect(store([{ path: '/a.qdpx', name: 'a.qdpx', openedAt: '2026-11-30T10:00:00.000Z' }, { path: 5 }, null]).recent.list().map((r) => r.name)).toEqual(['a.qdpx']);
    const throwing = new RecentFiles({ load: () => JSON.parse('{'), save: () => undefined, addToSystem: () => undefined, baseName: (p) => p, now: () => '' });
    expect(throwing.list()).toEqual([]);
  });
});
