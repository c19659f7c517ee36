// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useRef, useState } from 'react';
import {
  HashRouter,
  MemoryRouter,
  Route,
  Router,
  Routes,
  useLocation,
  useNavigate,
  type Navigator,
} from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { useTableUrlState } from '../../../src/app/section-view/use-table-url-state.ts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '#');
});

const PAUSE = 60;

/** A table's state as the dataset pages keep it: shown at once, in the address after a pause. */
function Probe({ deferMs }: { deferMs: number }) {
  const [state, setState] = useTableUrlState('compare', ['label', 'received'], deferMs);
  const location = useLocation();
  const navigate = useNavigate();
  // A handler of an earlier render, as a click can reach before React has drawn a change.
  const kept = useRef<{ state: typeof state; setState: typeof setState } | null>(null);
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
      <button type="button" onClick={() => (kept.current = { state, setState })}>
        keep this render's handler
      </button>
      <button
        type="button"
        onClick={() =>
          kept.current?.setState({ ...kept.current.state, filters: { received: '>5' } })
        }
      >
        filter with the kept handler
      </button>
      <button type="button" onClick={() => navigate('/compare?all=1&from=link')}>
        link to the page
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

/**
 * A router like the app's hash router: a change is in the address (window.location) at once,
 * and drawn when the test says (the router's render is a transition, a moment later).
 */
function LaggingRouter({ children }: { children: React.ReactNode }) {
  const [drawn, setDrawn] = useState({ pathname: '/compare', search: '?all=1' });
  const [written, setWritten] = useState(drawn);
  const navigator: Navigator = {
    createHref: (to) => (typeof to === 'string' ? to : `${to.pathname ?? ''}${to.search ?? ''}`),
    go: () => undefined,
    // A link: in the address and drawn.
    push: (to) => {
      const next =
        typeof to === 'string'
          ? { pathname: drawn.pathname, search: to }
          : { pathname: to.pathname ?? drawn.pathname, search: to.search ?? '' };
      window.history.replaceState(null, '', `#${next.pathname}${next.search}`);
      setWritten(next);
      setDrawn(next);
    },
    replace: (to) => {
      const next =
        typeof to === 'string'
          ? { pathname: drawn.pathname, search: to }
          : { pathname: to.pathname ?? drawn.pathname, search: to.search ?? '' };
      window.history.replaceState(null, '', `#${next.pathname}${next.search}`);
      setWritten(next);
    },
  };
  return (
    <>
      <Router location={drawn} navigator={navigator}>
        {children}
      </Router>
      <button type="button" onClick={() => setDrawn(written)}>
        draw
      </button>
    </>
  );
}

describe('useTableUrlState with a pause before the address', () => {
  it('keeps a change made while the router has yet to draw the address just written', async () => {
    window.history.replaceState(null, '', '#/compare?all=1');
    render(
      <LaggingRouter>
        <Probe deferMs={PAUSE} />
      </LaggingRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'sort' }));
    await waitFor(() => expect(window.location.hash).toMatch(/sort/));
    // Written, not drawn yet: the sort still shows, and a filter is made on it.
    expect(text('address')).toBe('?all=1');
    expect(text('sort')).toBe('received true');
    fireEvent.click(screen.getByRole('button', { name: 'filter' }));
    expect(text('filter')).toBe('>5');
    fireEvent.click(screen.getByRole('button', { name: 'draw' }));
    expect(text('sort')).toBe('received true');
    expect(text('filter')).toBe('>5');
    // The filter reaches the address too, on top of the sort.
    await waitFor(() => expect(window.location.hash).toMatch(/%3E5/));
    fireEvent.click(screen.getByRole('button', { name: 'draw' }));
    expect(text('sort')).toBe('received true');
    expect(text('filter')).toBe('>5');
    const drawn = new URLSearchParams(text('address') ?? '');
    expect([...drawn.keys()].filter((k) => k !== 'all').length).toBe(2);
  });

  it('keeps a change made by a handler of a render from before the last change was written', async () => {
    window.history.replaceState(null, '', '#/compare?all=1');
    render(
      <LaggingRouter>
        <Probe deferMs={PAUSE} />
      </LaggingRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'sort' }));
    // Its handler sees the sort, not yet written.
    fireEvent.click(screen.getByRole('button', { name: "keep this render's handler" }));
    await waitFor(() => expect(window.location.hash).toMatch(/sort/));
    // Written and drawn over by a render the kept handler has not seen; the filter made with
    // it goes into the address on top of the sort (it was dropped, as made on an address that
    // had changed since: the sort's own).
    fireEvent.click(screen.getByRole('button', { name: 'filter with the kept handler' }));
    expect(text('sort')).toBe('received true');
    expect(text('filter')).toBe('>5');
    await waitFor(() => expect(window.location.hash).toMatch(/%3E5/));
    expect(window.location.hash).toMatch(/sort=received\.desc/);
    fireEvent.click(screen.getByRole('button', { name: 'draw' }));
    expect(text('sort')).toBe('received true');
    expect(text('filter')).toBe('>5');
  });

  it('drops a change written but not yet drawn when a link opens the page without it', async () => {
    window.history.replaceState(null, '', '#/compare?all=1');
    render(
      <LaggingRouter>
        <Probe deferMs={PAUSE} />
      </LaggingRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'sort' }));
    await waitFor(() => expect(window.location.hash).toMatch(/sort/));
    expect(text('sort')).toBe('received true');
    // The link's address has the table's part the sort was made on (none): the page shows
    // what the link says (the sort kept showing).
    fireEvent.click(screen.getByRole('button', { name: 'link to the page' }));
    expect(text('address')).toBe('?all=1&from=link');
    expect(text('sort')).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'filter' }));
    await waitFor(() => expect(window.location.hash).toMatch(/%3E5/));
    expect(window.location.hash).not.toMatch(/sort/);
  });

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

  it('writes a change not yet written into the entry a link leaves: back comes to it', async () => {
    window.history.replaceState(null, '', '#/compare?all=1');
    // A report's link as the dataset's tables draw it: the page's own click, then the router's.
    function ReportLink() {
      const navigate = useNavigate();
      return (
        <a
          href="#/reports/r1"
          onClick={(event) => {
            event.preventDefault();
            void navigate('/reports/r1');
          }}
        >
          a report
        </a>
      );
    }
    function Report() {
      const navigate = useNavigate();
      return (
        <button type="button" onClick={() => void navigate(-1)}>
          back
        </button>
      );
    }
    render(
      <HashRouter>
        <Routes>
          <Route
            path="/compare"
            element={
              <>
                <Probe deferMs={10_000} />
                <ReportLink />
              </>
            }
          />
          <Route path="/reports/r1" element={<Report />} />
        </Routes>
      </HashRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'sort' }));
    fireEvent.click(screen.getByRole('button', { name: 'filter' }));
    // Long before the pause is over.
    fireEvent.click(screen.getByRole('link', { name: 'a report' }));
    await screen.findByRole('button', { name: 'back' });
    expect(window.location.hash).toBe('#/reports/r1');
    fireEvent.click(screen.getByRole('button', { name: 'back' }));
    await screen.findByRole('button', { name: 'sort' });
    expect(text('sort')).toBe('received true');
    expect(text('filter')).toBe('>5');
    const written = new URLSearchParams(window.location.hash.split('?')[1]);
    expect(written.get('all')).toBe('1');
    expect([...written.keys()].filter((k) => k !== 'all').length).toBe(2);
  });

  it('keeps a change and the next one when a link clicked within the pause does not leave', async () => {
    window.history.replaceState(null, '', '#/compare?all=1');
    render(
      <HashRouter>
        <Routes>
          <Route
            path="/compare"
            element={
              <>
                <Probe deferMs={PAUSE} />
                {/* A report that cannot be read, a link opening a tab: the page stays. */}
                <a href="#/reports/r1" onClick={(event) => event.preventDefault()}>
                  a report that stays
                </a>
              </>
            }
          />
        </Routes>
      </HashRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'sort' }));
    fireEvent.click(screen.getByRole('link', { name: 'a report that stays' }));
    fireEvent.click(screen.getByRole('button', { name: 'filter' }));
    await act(() => new Promise((r) => setTimeout(r, PAUSE * 4)));
    expect(text('sort')).toBe('received true');
    expect(text('filter')).toBe('>5');
    const written = new URLSearchParams(window.location.hash.split('?')[1]);
    expect([...written.keys()].filter((k) => k !== 'all').length).toBe(2);
    expect(window.location.hash.startsWith('#/compare?')).toBe(true);
  });

  it('without a pause writes every change at once, as the other tables do', () => {
    mount(0);
    fireEvent.click(screen.getByRole('button', { name: 'sort' }));
    expect(text('address')).not.toBe('?all=1');
    expect(text('sort')).toBe('received true');
  });
});
