import { useEffect, useState } from 'react';
import { LoadError } from '../components/load-error.tsx';
import { loadReport, type LoadResult } from './load-report.ts';
import { ReportPage } from './report-page.tsx';
import './app.css';

export function App() {
  const [result, setResult] = useState<LoadResult | null>(null);
  useEffect(() => {
    let current = true;
    void loadReport().then((r) => {
      if (current) setResult(r);
    });
    return () => {
      current = false;
    };
  }, []);

  if (result === null)
    return (
      <p className="loading" role="status">
        正在载入报告…
      </p>
    );
  if (!result.ok) return <LoadError file={result.file} errors={result.errors} />;
  return <ReportPage loaded={result.loaded} />;
}
