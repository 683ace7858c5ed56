/** The desktop menus as templates: what each platform and language shows, what each item does. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand, type RecentFile, type WindowState } from '../../shared/desktop.ts';
import { applicationMenu, contextMenu, type ContextParams, type MenuActions } from '../../electron/menu.ts';

const state = (patch: Partial<WindowState> = {}): WindowState => ({
  lang: 'id',
  available: [],
  context: { segmentId: null, codable: false },
  spelling: { lang: 'id', words: [] },
  ...patch,
});

function actions() {
  return { send: vi.fn(), openRecent: vi.fn(), openBackupsFolder: vi.fn(), openGuide: vi.fn(), zoom: vi.fn(), about: vi.fn() } satisfies MenuActions;
}

/** Every item of a template, submenus included, in order. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const byId = (template: MenuItemConstructorOptions[], id: string) => items(template).find((item) => item.id === id);
const byRole = (template: MenuItemConstructorOptions[], role: string) => items(template).find((item) => item.role === role);

describe('the application menu', () => {
  it('is File, Edit, View and Help on Windows and Linux, and adds the app and Window menus on macOS', () => {
    for (const platform of ['win32', 'linux']) {
      expect(applicationMenu(state(), platform, [], actions()).map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    }
    const mac = applicationMenu(state({ lang: 'en' }), 'darwin', [], actions());
    expect(mac.map((m) => m.label)).toEqual(['Telaah', 'File', 'Edit', 'View', 'Window', 'Help']);
    // Quit is in the app menu on macOS, in File elsewhere.
    expect(byRole([mac[0]!], 'quit')?.accelerator).toBe('Cmd+Q');
    expect(byRole([mac[1]!], 'quit')).toBeUndefined();
    expect(byRole(applicationMenu(state(), 'linux', [], actions()), 'quit')).toMatchObject({ label: 'Keluar', accelerator: 'Ctrl+Q' });
    expect(byRole(applicationMenu(state(), 'win32', [], actions()), 'quit')?.accelerator).toBe('Alt+F4');
  });

  it('gives every platform the system’s own cut, copy, paste, paste as plain text and select all', () => {
    for (const platform of ['win32', 'linux', 'darwin']) {
      const menu = applicationMenu(state(), platform, [], actions());
      for (const [role, accelerator] of [
        ['cut', 'CmdOrCtrl+X'],
        ['copy', 'CmdOrCtrl+C'],
        ['paste', 'CmdOrCtrl+V'],
        ['pasteAndMatchStyle', 'Shift+CmdOrCtrl+V'],
        ['selectAll', 'CmdOrCtrl+A'],
      ] as const) {
        expect(byRole(menu, role)?.accelerator, `${platform} ${role}`).toBe(accelerator);
      }
    }
    expect(byRole(applicationMenu(state(), 'linux', [], actions()), 'pasteAndMatchStyle')?.label).toBe('Tempel sebagai teks biasa');
  });

  it('speaks the UI language: every item has a label, in Indonesian or in English', () => {
    const id = applicationMenu(state(), 'darwin', [], actions());
    const en = applicationMenu(state({ lang: 'en' }), 'darwin', [], actions());
    const labels = (menu: MenuItemConstructorOptions[]) => items(menu).filter((i) => i.type !== 'separator').map((i) => i.label);
    expect(labels(id).every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
    expect(labels(en).every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
    expect(byId(id, 'undo')?.label).toBe('Urungkan');
    expect(byId(en, 'undo')?.label).toBe('Undo');
    expect(byId(id, 'importTranscript')?.label).toBe('Impor transkrip…');
    expect(byId(en, 'openBackups')?.label).toBe('Open the backups folder');
    // The two languages name the same items, in the same places.
    expect(items(id).map((i) => i.id ?? i.role ?? i.type)).toEqual(items(en).map((i) => i.id ?? i.role ?? i.type));
  });

  it('has no shortcut twice on any platform', () => {
    for (const platform of ['win32', 'linux', 'darwin']) {
      const accelerators = items(applicationMenu(state(), platform, [], actions()))
        .map((i) => i.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });

  it('redoes with the platform’s own key', () => {
    expect(byId(applicationMenu(state(), 'win32', [], actions()), 'redo')?.accelerator).toBe('Ctrl+Y');
    expect(byId(applicationMenu(state(), 'linux', [], actions()), 'redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(byId(applicationMenu(state(), 'darwin', [], actions()), 'redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
  });

  it('enables the window’s commands the screen can carry out, and sends the chosen one to it', () => {
    const act = actions();
    const menu = applicationMenu(state({ available: ['importTranscript', 'find'] }), 'linux', [], act);
    expect(byId(menu, 'importTranscript')?.enabled).toBe(true);
    expect(byId(menu, 'find')?.enabled).toBe(true);
    expect(byId(menu, 'saveProject')?.enabled).toBe(false);
    // Undo and redo always go to the window: a field's own history when no session is open.
    expect(byId(menu, 'undo')?.enabled).toBe(true);
    byId(menu, 'importTranscript')!.click!(undefined as never, undefined, undefined as never);
    byId(menu, 'redo')!.click!(undefined as never, undefined, undefined as never);
    expect(act.send.mock.calls).toEqual([['importTranscript'], ['redo']]);
    // Every command the window knows has its item.
    const ids = new Set(items(applicationMenu(state(), 'darwin', [], act)).map((i) => i.id));
    const fromContextMenu: MenuCommand[] = ['codeSelection', 'openSegment'];
    expect(MENU_COMMANDS.filter((c) => !ids.has(c) && !fromContextMenu.includes(c))).toEqual([]);
  });

  it('carries out its own actions: the backups folder, the guide, zoom, about and a recent file', () => {
    const act = actions();
    const recent: RecentFile[] = [{ path: '/home/rina/Studi Garut.telaah.json', name: 'Studi Garut.telaah.json', openedAt: '2026-11-30T10:00:00.000Z' }];
    const menu = applicationMenu(state(), 'win32', recent, act);
    const click = (id: string) => byId(menu, id)!.click!(undefined as never, undefined, undefined as never);
    click('openBackups');
    click('guide');
    click('zoomIn');
    click('zoomOut');
    click('zoomReset');
    click('about');
    const openRecent = byId(menu, 'openRecent')!.submenu as MenuItemConstructorOptions[];
    expect(openRecent.map((r) => r.label)).toEqual(['Studi Garut.telaah.json']);
    openRecent[0]!.click!(undefined as never, undefined, undefined as never);
    expect(act.openBackupsFolder).toHaveBeenCalledOnce();
    expect(act.openGuide).toHaveBeenCalledOnce();
    expect(act.zoom.mock.calls).toEqual([[1], [-1], [0]]);
    expect(act.about).toHaveBeenCalledOnce();
    expect(act.openRecent).toHaveBeenCalledWith('/home/rina/Studi Garut.telaah.json');
    expect(act.send).not.toHaveBeenCalled();
  });

  it('says when there is no recent file yet', () => {
    const openRecent = byId(applicationMenu(state(), 'linux', [], actions()), 'openRecent')!.submenu as MenuItemConstructorOptions[];
    expect(openRecent).toEqual([{ label: '(belum ada)', enabled: false }]);
  });
});

describe('the right-click menu', () => {
  const params = (patch: Partial<ContextParams> = {}): ContextParams => ({
    isEditable: true,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
    ...patch,
  });
  const labels = (template: MenuItemConstructorOptions[]) => template.map((i) => (i.type === 'separator' ? '—' : i.label));

  it('offers spelling suggestions and adding the word to the study’s dictionary, above the clipboard', () => {
    const act = { send: vi.fn(), replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const menu = contextMenu(state(), params({ misspelledWord: 'pendampng', dictionarySuggestions: ['pendamping', 'pendampingan'] }), act);
    expect(labels(menu)).toEqual(['pendamping', 'pendampingan', 'Tambahkan "pendampng" ke kamus studi', '—', 'Tempel', 'Pilih semua']);
    menu[0]!.click!(undefined as never, undefined, undefined as never);
    menu[2]!.click!(undefined as never, undefined, undefined as never);
    expect(act.replaceMisspelling).toHaveBeenCalledWith('pendamping');
    expect(act.addToDictionary).toHaveBeenCalledWith('pendampng');
  });

  it('says when there is no suggestion, and shows at most five', () => {
    const act = { send: vi.fn(), replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    expect(labels(contextMenu(state({ lang: 'en' }), params({ misspelledWord: 'Sukamaju' }), act)).slice(0, 2)).toEqual(['No spelling suggestions', 'Add "Sukamaju" to the study\'s dictionary']);
    const many = contextMenu(state(), params({ misspelledWord: 'x', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }), act);
    expect(labels(many).slice(0, 6)).toEqual(['a', 'b', 'c', 'd', 'e', 'Tambahkan "x" ke kamus studi']);
  });

  it('on coded text offers to open the segment, and on a selection in a turn to code it', () => {
    const act = { send: vi.fn(), replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const menu = contextMenu(
      state({ context: { segmentId: 'seg-1', codable: true } }),
      params({ selectionText: 'kami mendampingi KPM', editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } }),
      act,
    );
    expect(labels(menu)).toEqual(['Kodekan pilihan ini…', 'Buka segmen', '—', 'Potong', 'Salin', 'Tempel', 'Pilih semua']);
    menu[0]!.click!(undefined as never, undefined, undefined as never);
    menu[1]!.click!(undefined as never, undefined, undefined as never);
    expect(act.send.mock.calls).toEqual([['codeSelection'], ['openSegment']]);
  });

  it('on text that cannot be edited offers only to copy a selection, and nothing without one', () => {
    const act = { send: vi.fn(), replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const readOnly = params({ isEditable: false, selectionText: 'Tabel 4.1', editFlags: { canCut: false, canCopy: true, canPaste: false, canSelectAll: true } });
    expect(contextMenu(state(), readOnly, act).map((i) => i.role)).toEqual(['copy']);
    expect(contextMenu(state(), { ...readOnly, selectionText: '' }, act)).toEqual([]);
    // A selection outside a turn cannot be coded.
    expect(labels(contextMenu(state({ context: { segmentId: null, codable: false } }), readOnly, act))).toEqual(['Salin']);
  });
});
