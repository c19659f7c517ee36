import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/export/file-name.ts';

describe('exportFileName', () => {
  it('joins agency, year, section and chart', () => {
    expect(exportFileName(['聊城市农业农村局', 2020, 'applications', 'outcomes'], 'png')).toBe(
      '聊城市农业农村局-2020-applications-outcomes.png',
    );
  });

  it('replaces characters file systems refuse, and spaces', () => {
    expect(exportFileName(['A/B: "C"?', 2024, 'x*y'], 'csv')).toBe('A_B_C-2024-x_y.csv');
    expect(exportFileName(['某 局', 2024], 'json')).toBe('某_局-2024.json');
  });

  it('drops empty parts and never yields a bare extension', () => {
    expect(exportFileName(['', '聊城', ''], 'svg')).toBe('聊城.svg');
    expect(exportFileName(['..', '/'], 'svg')).toBe('export.svg');
  });
});
