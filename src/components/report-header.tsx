import type { Report } from '../report/report-schema.ts';

const templateNames = {
  '2019': '2019 年版格式',
  '2021': '2021 年版格式（国办公开办函〔2021〕30号）',
} as const;

export function ReportHeader({ report }: { report: Report }) {
  return (
    <header className="report-header">
      <p className="report-kicker">政府信息公开工作年度报告</p>
      <h1>
        <span className="agency">{report.agency.name}</span>
        <span className="year">{report.year} 年度</span>
      </h1>
      <dl className="report-facts">
        <div>
          <dt>表格格式</dt>
          <dd>{templateNames[report.template]}</dd>
        </div>
        {report.agency.region ? (
          <div>
            <dt>地区</dt>
            <dd>{report.agency.region}</dd>
          </div>
        ) : null}
        {report.publishedOn ? (
          <div>
            <dt>发布日期</dt>
            <dd>
              <time dateTime={report.publishedOn}>{report.publishedOn}</time>
            </dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
