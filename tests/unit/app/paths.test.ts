import { describe, expect, it } from 'vitest';
import { pathTo, placeOf, type Place } from '../../../src/app/paths.ts';

// placeOf reads an address before the router runs: main.tsx starts the page's code, and for the
// library and the comparison the dataset's worker, from what it says.

describe('placeOf', () => {
  const places: Place[] = [
    { page: 'home' },
    { page: 'import' },
    { page: 'library' },
    { page: 'compare', reports: ['liaocheng-nyncj-2020', 'huaian-city-gov-2024'] },
    { page: 'compare', reports: [], all: true },
    { page: 'report', reportId: 'liaocheng-nyncj-2020', section: 'applications' },
  ];

  it.each(places.map((place) => [pathTo(place), place]))('reads %s back', (path, place) => {
    expect(placeOf(path)).toEqual(place);
  });

  it('reads the library with a query or a final slash, and a report without its page', () => {
    expect(placeOf('/reports?q=%E5%B8%82')).toEqual({ page: 'library' });
    expect(placeOf('/reports/')).toEqual({ page: 'library' });
    expect(placeOf('/reports/huaian-city-gov-2024')).toEqual({
      page: 'report',
      reportId: 'huaian-city-gov-2024',
    });
  });

  it('leaves an agency, an unknown page and an unknown section to the router', () => {
    expect(placeOf(pathTo({ page: 'agency', agency: '淮安市人民政府' }))).toBeNull();
    expect(placeOf('/nowhere')).toBeNull();
    expect(placeOf('/reports/huaian-city-gov-2024/nowhere')).toBeNull();
  });
});
