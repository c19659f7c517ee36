// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { useSelection } from '../../src/app/library/use-selection.ts';
import { useTableUrlState } from '../../src/app/section-view/use-table-url-state.ts';
import { useUrlParam } from '../../src/app/use-url-param.ts';

afterEach(cleanup);

/** A selection, a table and a parameter in one address, as the comparison keeps them. */
function Page({ drawn }: { drawn: string[] }) {
  const [ids, setIds] = useSelection('reports');
  const [state, setState] = useTableUrlState('compare', ['label', 'received']);
  const [metric, setMetric] = useUrlParam('metric', (raw) => raw ?? 'rate', 'rate');
  const { search } = useLocation();
  useEffect(() => {
    drawn.push(search);
  }, [search, drawn]);
  return (
    <>
      <output aria-label="ids">{ids.join(' ')}</output>
      <output aria-label="metric">{metric}</output>
      <button type="button" onClick={() => setIds(['a-2020', 'b-2021'])}>
        select
      </button>
      <button
        type="button"
        onClick={() => setState({ ...state, sort: { column: 'received', desc: false } })}
      >
        sort
      </button>
      <button type="button" onClick={() => setMetric('received')}>
        metric
      </button>
    </>
  );
}

describe('the address the app writes', () => {
  it('keeps a selection’s ~ as it is through every write, never drawn as %7E', () => {
    const drawn: string[] = [];
    render(
      <MemoryRouter initialEntries={['/compare']}>
        <Page drawn={drawn} />
      </MemoryRouter>,
    );
    for (const name of ['select', 'sort', 'metric']) {
      fireEvent.click(screen.getByRole('button', { name }));
    }
    // Each write drawn once, as written: a page put the ~ back after each write, which drew an
    // address with %7E first and wrote the address again behind it.
    expect(drawn).toEqual([
      '',
      '?reports=a-2020~b-2021',
      '?reports=a-2020~b-2021&c.sort=received.asc',
      '?reports=a-2020~b-2021&c.sort=received.asc&metric=received',
    ]);
    expect(screen.getByRole('status', { name: 'ids' }).textContent).toBe('a-2020 b-2021');
    expect(screen.getByRole('status', { name: 'metric' }).textContent).toBe('received');
  });
});
