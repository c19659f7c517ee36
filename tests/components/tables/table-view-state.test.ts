import { describe, expect, it } from 'vitest';
import { type TableViewState } from '../../../src/components/tables/table-types.ts';
import {
  defaultTableViewState,
  parseTableViewState,
  rebaseTableViewState,
  writeTableViewState,
} from '../../../src/components/tables/table-view-state.ts';

const columnIds = ['person', 'business', 'legal', 'total'];

const busy: TableViewState = {
  sort: { column: 'total', desc: true },
  filters: { person: '>2', label: '不予' },
  search: '国家 秘密',
  hideEmpty: true,
  hiddenColumns: ['business', 'legal'],
  collapsed: ['results.denied', 'results'],
};

describe('writeTableViewState', () => {
  it('writes nothing for the default state and leaves other params alone', () => {
    const params = new URLSearchParams('report=a&lang=en');
    const written = writeTableViewState(params, 't', defaultTableViewState);
    expect(written.toString()).toBe('report=a&lang=en');
    expect(written).not.toBe(params);
  });

  it('writes each differing slice under the prefix', () => {
    const written = writeTableViewState(new URLSearchParams('report=a'), 't', busy);
    expect(written.get('report')).toBe('a');
    expect(written.get('t.sort')).toBe('total.desc');
    expect(written.get('t.q')).toBe('国家 秘密');
    expect(written.get('t.f.person')).toBe('>2');
    expect(written.get('t.f.label')).toBe('不予');
    expect(written.get('t.empty')).toBe('hide');
    expect(written.get('t.hide')).toBe('business,legal');
    expect(written.get('t.collapsed')).toBe('results.denied,results');
  });

  it('removes its old keys but not another table’s, and does not touch the input', () => {
    const params = new URLSearchParams('t.sort=total.asc&t.f.person=3&u.sort=person.desc');
    const written = writeTableViewState(params, 't', { ...busy, filters: {}, sort: null });
    expect(written.get('t.sort')).toBeNull();
    expect(written.get('t.f.person')).toBeNull();
    expect(written.get('u.sort')).toBe('person.desc');
    expect(params.get('t.f.person')).toBe('3');
  });

  it('skips blank filters and a blank search', () => {
    const written = writeTableViewState(new URLSearchParams(), 't', {
      ...defaultTableViewState,
      filters: { person: '  ' },
      search: ' ',
    });
    expect(written.toString()).toBe('');
  });
});

describe('parseTableViewState', () => {
  it('round-trips through the URL string', () => {
    const url = writeTableViewState(new URLSearchParams('x=1'), 't', busy).toString();
    expect(parseTableViewState(new URLSearchParams(url), 't', columnIds)).toEqual(busy);
  });

  it('round-trips an ascending label sort and reads the default from an empty URL', () => {
    const state = { ...defaultTableViewState, sort: { column: 'label', desc: false } };
    const written = writeTableViewState(new URLSearchParams(), 'app', state);
    expect(written.get('app.sort')).toBe('label.asc');
    expect(parseTableViewState(written, 'app', columnIds)).toEqual(state);
    expect(parseTableViewState(new URLSearchParams(), 'app', columnIds)).toEqual(
      defaultTableViewState,
    );
  });

  it('ignores unknown columns, bad directions and other values it does not know', () => {
    const params = new URLSearchParams(
      't.sort=nope.desc&t.f.nope=3&t.f.person=&t.empty=yes&t.hide=nope,,person,person,label',
    );
    expect(parseTableViewState(params, 't', columnIds)).toEqual({
      ...defaultTableViewState,
      hiddenColumns: ['person'],
    });
    const badDirection = new URLSearchParams('t.sort=total.sideways');
    expect(parseTableViewState(badDirection, 't', columnIds).sort).toBeNull();
    expect(parseTableViewState(new URLSearchParams('t.sort=total'), 't', columnIds).sort).toEqual({
      column: 'total',
      desc: false,
    });
  });

  it('never throws on garbage', () => {
    const garbage = ['%E0%A4%A', 't.sort=.&t.hide=,&t.collapsed=,,', 't.sort=&t.q=&t.f.=x', '=&&='];
    for (const text of garbage) {
      const state = parseTableViewState(new URLSearchParams(text), 't', columnIds);
      expect(state.sort).toBeNull();
      expect(state.hiddenColumns).toEqual([]);
      expect(state.collapsed).toEqual([]);
    }
  });

  it('reads only its own prefix', () => {
    const params = new URLSearchParams('u.sort=total.desc&u.q=x&tt.q=y');
    expect(parseTableViewState(params, 't', columnIds)).toEqual(defaultTableViewState);
  });
});

describe('defaultTableViewState', () => {
  it('is frozen so no table can change it for the others', () => {
    expect(Object.isFrozen(defaultTableViewState)).toBe(true);
    expect(Object.isFrozen(defaultTableViewState.hiddenColumns)).toBe(true);
    expect(Object.isFrozen(defaultTableViewState.filters)).toBe(true);
  });
});

describe('rebaseTableViewState', () => {
  it('carries only what changed from the view the reader saw onto the view as it is now', () => {
    const seen = { ...defaultTableViewState };
    const now = { ...defaultTableViewState, search: '公开', filters: { person: '>1' } };
    // A sort clicked on the view as drawn before the typed search had come through.
    const sorted = { ...seen, sort: { column: 'person', desc: false } };
    expect(rebaseTableViewState(seen, sorted, now)).toEqual({
      ...now,
      sort: { column: 'person', desc: false },
    });
    // A filter cleared and another set: each kept, the others as they are now.
    const before = { ...defaultTableViewState, filters: { person: '>1', total: '3' } };
    const after = { ...before, filters: { person: '>1', business: 'blank' } };
    const current = { ...before, filters: { person: '>2', total: '3' }, hideEmpty: true };
    expect(rebaseTableViewState(before, after, current)).toEqual({
      ...current,
      filters: { person: '>2', business: 'blank' },
    });
  });
});
