import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { appMessages } from '../../i18n/app-bundle.ts';
import { editorMessages } from '../../i18n/editor-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { blankReport } from '../../report/blank-report.ts';
import { templates, type Template } from '../../report/table-layout.ts';
import { draftKey } from '../../store/drafts.ts';
import { useReports } from '../../store/reports-store.ts';
import { ReportEditor } from '../editor/report-editor.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { pathTo } from '../paths.ts';
import { oneOf, useUrlParam } from '../use-url-param.ts';

/** `reports/new?template=…`: a report typed in from the blank tables, a draft per template. */
export function NewReportRoute() {
  const m = useMessages(editorMessages);
  const app = useMessages(appMessages);
  useDocumentTitle(`${m.newTitle} · ${app.appName}`);
  const navigate = useNavigate();
  const [template] = useUrlParam<Template>('template', oneOf(templates, '2021'), '2021');
  const index = useReports((s) => s.index);
  const builtinIds = index?.status === 'ready' ? index.data.reports.map((r) => r.id) : [];
  const baseFile = useMemo(() => blankReport(template), [template]);
  return (
    <main id="main" className="page editor-page" tabIndex={-1}>
      <ReportEditor
        key={template}
        heading={m.newTitle}
        intro={
          <>
            <p className="editor-intro">{m.newIntro}</p>
            <nav className="editor-templates" aria-label={m.templateChoice}>
              {m.templateChoice}：
              {templates.map((t) => (
                <Link
                  key={t}
                  to={pathTo({ page: 'new', query: { template: t } })}
                  aria-current={t === template ? 'page' : undefined}
                >
                  {t === '2019' ? m.template2019 : m.template2021}
                </Link>
              ))}
            </nav>
          </>
        }
        baseFile={baseFile}
        base={{ kind: 'new' }}
        builtinIds={builtinIds}
        draftKey={draftKey.new(template)}
        saveLabel={m.saveNew}
        onSaved={(id, n) =>
          navigate(
            pathTo({ page: 'report', reportId: id, section: 'edit', query: { saved: String(n) } }),
          )
        }
      />
    </main>
  );
}
