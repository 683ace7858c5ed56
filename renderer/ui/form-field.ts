/** Whether a key press or the focus is in a form field, where keys keep their field's own meaning. */
export function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.matches('input, textarea, select');
}
