import { createContext } from 'react';

/**
 * True inside the print view: charts are drawn lower there, so that a table and its chart
 * share a page rather than a chart taking one alone.
 */
export const CompactCharts = createContext(false);

/** The height of a chart in the print view (the screen's are 260 to 320). */
export const COMPACT_CHART_HEIGHT = 200;
