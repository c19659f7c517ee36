import { describe, expect, it } from 'vitest';
import { projectFile } from '../../builders.ts';
import { findCycles, importGraph } from './import-graph.ts';

describe('the import graph of src/', () => {
  it('has no cycle, counting type imports and re-exports', () => {
    const graph = importGraph(projectFile('src'));
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('app/router.tsx')).toContain('app/paths.ts');
    expect(findCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one, including one through a type import', () => {
    const graph = new Map([
      ['table-types.ts', ['table-view-state.ts']],
      ['table-view-state.ts', ['table-types.ts']],
      ['cell.ts', []],
    ]);
    expect(findCycles(graph)).toEqual([
      ['table-types.ts', 'table-view-state.ts', 'table-types.ts'],
    ]);
  });
});
