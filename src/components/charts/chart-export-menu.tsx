import { useState, type RefObject } from 'react';
import { composeChartSvg, type LegendEntry, type StaticChart } from '../../export/chart-svg.ts';
import { copyPng, downloadBlob, downloadText } from '../../export/download.ts';
import { rasteriseSvg } from '../../export/rasterise.ts';
import { snapshotSvg } from '../../export/snapshot-svg.ts';
import { DisclosureMenu, useCloseMenu } from '../tables/disclosure-menu.tsx';
import type { ChartExport } from './chart-types.ts';

const scales = [1, 2, 3] as const;

interface ChartExportMenuProps {
  title: string;
  /** The legend entries shown, hidden ones left out: the image shows what the screen shows. */
  legend: readonly LegendEntry[];
  /** The notes under the chart (derived values, figures that disagree): drawn into the image. */
  notes: readonly string[];
  exportAs: ChartExport;
  /** The figure whose drawing is exported. */
  figure: RefObject<HTMLElement | null>;
  domId: string;
}

/** PNG (1×, 2× or 3× the size on screen), SVG, or the PNG on the clipboard. */
export function ChartExportMenu({ domId, ...props }: ChartExportMenuProps) {
  return (
    <DisclosureMenu label={props.exportAs.messages.menu} domId={`${domId}-chart-export`}>
      <ChartExportItems {...props} domId={domId} />
    </DisclosureMenu>
  );
}

function ChartExportItems({ title, legend, notes, exportAs, figure, domId }: ChartExportMenuProps) {
  const { messages: m, fileName } = exportAs;
  const [scale, setScale] = useState<number>(2);
  const [status, setStatus] = useState('');
  // After a copy the browser would not do, the download is offered beside the reason.
  const [offerDownload, setOfferDownload] = useState(false);
  const close = useCloseMenu();

  const staticChart = (): StaticChart | null => {
    const drawing = figure.current?.querySelector<SVGSVGElement>('.ch-plot svg.recharts-surface');
    if (!drawing) return null;
    const { subtitle, source } = exportAs;
    return composeChartSvg({ title, subtitle, source, legend, notes, plot: snapshotSvg(drawing) });
  };

  const run = async (action: (chart: StaticChart) => Promise<string>) => {
    const chart = staticChart();
    if (!chart) {
      setStatus(m.nothing);
      return;
    }
    setStatus(m.working);
    try {
      const message = await action(chart);
      setStatus(message);
      if (message === '') close();
    } catch (error) {
      setStatus(m.failed(error instanceof Error ? error.message : String(error)));
    }
  };

  const png = (chart: StaticChart) => rasteriseSvg(chart.svg, chart.width, chart.height, scale);
  // Offered again beside the reason after a copy the browser would not do.
  const downloadPngButton = (
    <button
      type="button"
      className="xm-item"
      onClick={() =>
        void run(async (chart) => {
          downloadBlob(await png(chart), `${fileName}.png`);
          return '';
        })
      }
    >
      {m.png}
    </button>
  );

  return (
    <>
      <fieldset className="xm-scale">
        <legend>{m.scale}</legend>
        {scales.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${domId}-scale`}
              value={s}
              checked={scale === s}
              onChange={() => setScale(s)}
            />
            {m.scaleOption(s)}
          </label>
        ))}
      </fieldset>
      {downloadPngButton}
      <button
        type="button"
        className="xm-item"
        onClick={() =>
          void run(async (chart) => {
            downloadText(chart.svg, `${fileName}.svg`, 'image/svg+xml;charset=utf-8');
            return '';
          })
        }
      >
        {m.svg}
      </button>
      <button
        type="button"
        className="xm-item"
        onClick={() =>
          void run(async (chart) => {
            const result = await copyPng(png(chart));
            setOfferDownload(result !== 'copied');
            if (result === 'copied') return m.copied;
            if (result === 'insecure') return m.copyNeedsHttps;
            return result === 'unsupported' ? m.copyUnsupported : m.copyRefused;
          })
        }
      >
        {m.copy}
      </button>
      <p className="xm-status" role="status">
        {status}
      </p>
      {offerDownload ? downloadPngButton : null}
    </>
  );
}
