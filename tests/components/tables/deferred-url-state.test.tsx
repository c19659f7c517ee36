// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { useTableUrlState } from '../../../src/app/section-view/use-table-url-state.ts';

afterEach(cleanup);

const PAUSE = 60;

/** A table's state as the dataset pages keep it: shown at once, in the address after a pause. */
function Probe({ deferMs }: { deferMs: number }) {
  const [state, setState] = useTableUrlState('compare', ['label', 'received'], deferMs);
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output aria-label="sort">
        {state.sort ? `${state.sort.column} ${state.sort.desc}` : ''}
      </output>
      <output aria-label="filter">{state.filters.received ?? ''}</output>
      <output aria-label="address">{location.search}</output>
      <button
        type="button"
        onClick={() => setState({ ...state, sort: { column: 'received', desc: true } })}
      >
        sort
      </button>
      <button type="button" onClick={() => setState({ ...state, filters: { received: '>5' } })}>
        filter
      </button>
      <button type="button" onClick={() => navigate('/compare?all=1&c.sort=label')}>
        away
      </button>
    </>
  );
}

const text = (name: string) => screen.getByRole('status', { name }).textContent;
const mount = (deferMs: number) =>
  render(
    <MemoryRouter initialEntries={['/compare?all=1']}>
      <Probe deferMs={deferMs} />
    </MemoryRouter>,
  );

describe('useTableUrlState with a pause before the address', () => {
  it('shows a change at once and writes it, with the ones after it, once the reader pauses', async () => {
    mount(PAUSE);
    fireEvent.click(screen.getByRole('button', { name: 'sort' }));
    expect(text('sort')).toBe('received true');
    fireEvent.click(screen.getByRole('button', { name: 'filter' }));
    expect(text('sort')).toBe('received true');
    expect(text('filter')).toBe('>5');
    expect(text('address')).toBe('?all=1');
    await waitFor(() => expect(text('address')).not.toBe('?all=1'));
    const written = new URLSearchParams(text('address') ?? '');
    expect(written.get('all')).toBe('1');
    expect([...written.keys()].filter((k) => k !== 'all').length).toBe(2);
    // Read back from the address: the same state.
    expect(text('sort')).toBe('received true');
    expect(text('filter')).toBe('>5');
  });

  it('drops a change not yet written when the address changes on its own', async () => {
    mount(PAUSE);
    fireEvent.click(screen.getByRole('button', { name: 'sort' }));
    expect(text('sort')).toBe('received true');
    fireEvent.click(screen.getByRole('button', { name: 'filter' }));
    fireEvent.click(screen.getByRole('button', { name: 'away' }));
    await act(() => new Promise((r) => setTimeout(r, PAUSE * 3)));
    // A link or "back" to another sort: that one, not the change made before it.
    expect(text('address')).toBe('?all=1&c.sort=label');
    expect(text('sort')).toBe('label false');
    expect(text('filter')).toBe('');
  });

  it('without a pause writes every change at once, as the other tables do', () => {
    mount(0);
    fireEvent.click(screen.getByRole('button', { name: 'sort' }));
    expect(text('address')).not.toBe('?all=1');
    expect(text('sort')).toBe('received true');
  });
});
