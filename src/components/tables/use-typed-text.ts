import { useState, type FocusEventHandler } from 'react';

export interface TypedInput {
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly onFocus: FocusEventHandler;
  readonly onBlur: FocusEventHandler;
}

/**
 * An input's text ahead of the state it writes to. The table's state lives in the address,
 * which follows a keystroke a moment later, and while it catches up a render can still see an
 * older address: an input showing that state would put the next key into an old text and lose
 * the keys in between. So while the input has focus it shows what was typed, and only once
 * the reader leaves it does it show the state again (which a reset, a link or back and
 * forward may have changed; the Reset button takes the focus first).
 */
export function useTypedText(state: string, write: (text: string) => void): TypedInput {
  const [typing, setTyping] = useState<string | null>(null);
  return {
    value: typing ?? state,
    onChange: (text) => {
      setTyping(text);
      write(text);
    },
    onFocus: () => setTyping(state),
    onBlur: () => setTyping(null),
  };
}
