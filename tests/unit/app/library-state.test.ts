import { describe, expect, it } from 'vitest';
import { libraryState } from '../../../src/app/library/use-library.ts';
import { indexState, reportState } from '../../../src/store/reports-store.ts';
import { buildReportFile } from '../../builders.ts';

const file = buildReportFile('2021');
const entry = {
  id: file.id,
  agency: file.agency.name,
  year: file.year,
  template: file.template,
  file: `${file.id}.json`,
};
const index = indexState(JSON.stringify({ default: file.id, reports: [entry] }));
const loaded = { [file.id]: reportState(entry, JSON.stringify(file)) };
const complete = (...args: Parameters<typeof libraryState>) => {
  const state = libraryState(...args);
  return state.status === 'ready' ? state.complete : state.status;
};
const retry = () => undefined;

describe('whether the library holds every report there is', () => {
  it('does when every built-in and saved report was read', () => {
    expect(complete(index, [entry], loaded, { status: 'ready', entries: [] }, retry)).toBe(true);
  });

  it('does not when a built-in report failed, the saved ones could not be read, or one is damaged', () => {
    const failed = {
      [file.id]: {
        status: 'error' as const,
        failure: { file: 'a.json', errors: [], retryable: true },
      },
    };
    expect(complete(index, [entry], failed, { status: 'ready', entries: [] }, retry)).toBe(false);
    const unreadable = { status: 'error' as const, message: { zh: '读不出', en: 'unreadable' } };
    expect(complete(index, [entry], loaded, unreadable, retry)).toBe(false);
    const damaged = { status: 'damaged' as const, id: 'x', raw: {}, errors: [] };
    expect(complete(index, [entry], loaded, { status: 'ready', entries: [damaged] }, retry)).toBe(
      false,
    );
  });
});
