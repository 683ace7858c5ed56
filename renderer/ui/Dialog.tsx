/**
 * A modal dialog as the browser makes one (`<dialog>` shown with showModal): the rest of
 * the page is inert while it is open, Tab stays inside it, the first control takes focus and
 * focus goes back where it was on closing. Esc is its cancel: `onCancel` (the same as its
 * Cancel or Close button), or nothing while there is nothing to cancel to (work running).
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  /** The dialog's name: an element's id holding its title, or the title itself. */
  labelledBy?: string;
  label?: string;
  className?: string;
  onCancel: (() => void) | null;
  children: ReactNode;
}

export function Dialog({ labelledBy, label, className, onCancel, children }: DialogProps) {
  const element = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = element.current;
    if (!dialog) return;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={element}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      {children}
    </dialog>
  );
}
