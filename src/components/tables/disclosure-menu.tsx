import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useKeptInView } from '../ui/kept-in-view.ts';
import './disclosure-menu.css';

const CloseMenu = createContext<() => void>(() => undefined);

/** In a menu's panel: shuts the menu and puts focus back on its button. */
export function useCloseMenu(): () => void {
  return useContext(CloseMenu);
}

interface DisclosureMenuProps {
  label: string;
  /** Unique in the document: the panel's id is derived from it. */
  domId: string;
  /** The panel's content, rendered only while open; it may call useCloseMenu(). */
  children: ReactNode;
}

/**
 * A button that shows a panel of actions below it (the disclosure pattern: aria-expanded on a
 * real button, the panel next in tab order). Escape, a click outside, or focus leaving the
 * menu closes it; Escape puts focus back on the button.
 */
export function DisclosureMenu({ label, domId, children }: DisclosureMenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = `${domId}-panel`;
  useKeptInView(panelRef, open);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div
      className="xm"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        close();
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (open && next instanceof Node && !rootRef.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="xm-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span aria-hidden="true" className="xm-caret">
          ▾
        </span>
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="xm-panel"
        role="group"
        aria-label={label}
        hidden={!open}
      >
        {open ? <CloseMenu value={close}>{children}</CloseMenu> : null}
      </div>
    </div>
  );
}
