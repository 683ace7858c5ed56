import { describe, expect, it, vi } from 'vitest';
import { HandlerStack } from '../../renderer/desktop/handler-stack.ts';

describe('who answers a menu command or a dropped file', () => {
  it('is the screen shown last, or a fallback when no screen answers', () => {
    const stack = new HandlerStack<string>();
    const removeFallback = stack.add('undo', 'field', -1);
    const removeSession = stack.add('undo', 'session');
    const removeDialog = stack.add('undo', 'dialog');
    expect(stack.handlers('undo')).toEqual(['dialog', 'session', 'field']);
    removeDialog();
    removeSession();
    expect(stack.handlers('undo')).toEqual(['field']);
    removeFallback();
    expect(stack.handlers('undo')).toEqual([]);
  });

  it('lists the keys answered now, telling its watchers only when they change', () => {
    const stack = new HandlerStack<string>();
    const told = vi.fn();
    stack.subscribe(told);
    const a = stack.add('find', 'x');
    const b = stack.add('find', 'y');
    stack.add('hotkeys', 'z');
    expect(stack.available()).toEqual(['find', 'hotkeys']);
    expect(told).toHaveBeenCalledTimes(2);
    const before = stack.available();
    a();
    expect(stack.available()).toBe(before);
    b();
    expect(stack.available()).toEqual(['hotkeys']);
    expect(told).toHaveBeenCalledTimes(3);
  });
});
