// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTypedText } from '../../../src/components/tables/use-typed-text.ts';

afterEach(cleanup);

/** An input whose owner takes each text only when `deliver` is called: the address, slow. */
function SlowOwner({ queue }: { queue: string[] }) {
  const [owned, setOwned] = useState('');
  const typed = useTypedText(owned, (t) => queue.push(t));
  return (
    <>
      <input
        aria-label="typed"
        value={typed.value}
        onChange={(e) => typed.onChange(e.target.value)}
        onFocus={typed.onFocus}
        onBlur={typed.onBlur}
      />
      <button type="button" onClick={() => setOwned(queue.shift() ?? owned)}>
        deliver
      </button>
      <button type="button" onClick={() => setOwned('from elsewhere')}>
        elsewhere
      </button>
      <output>{owned}</output>
    </>
  );
}

describe('an input ahead of its slow owner', () => {
  it('keeps every keystroke while the owner lags, and takes a change made elsewhere', () => {
    const queue: string[] = [];
    render(<SlowOwner queue={queue} />);
    const input = screen.getByRole('textbox', { name: 'typed' }) as HTMLInputElement;
    fireEvent.focus(input);
    for (const text of ['x', 'xi', 'xin', 'xing'])
      fireEvent.change(input, { target: { value: text } });
    expect(input.value).toBe('xing');
    // The owner catches up one text at a time; the input never goes back.
    act(() => screen.getByRole('button', { name: 'deliver' }).click());
    expect(screen.getByRole('status').textContent).toBe('x');
    expect(input.value).toBe('xing');
    fireEvent.change(input, { target: { value: 'xingz' } });
    for (let i = 0; i < 4; i++) act(() => screen.getByRole('button', { name: 'deliver' }).click());
    expect(screen.getByRole('status').textContent).toBe('xingz');
    expect(input.value).toBe('xingz');
    // The owner's value even goes back to an older text: the input keeps what was typed.
    act(() => screen.getByRole('button', { name: 'deliver' }).click());
    expect(input.value).toBe('xingz');
    // A reset or a link changes the owner's value once the reader has left the input.
    fireEvent.blur(input);
    act(() => screen.getByRole('button', { name: 'elsewhere' }).click());
    expect(input.value).toBe('from elsewhere');
  });
});
