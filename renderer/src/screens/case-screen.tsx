import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useApi } from '../components/use-api.js';
import { useLanguage } from '../i18n/language.js';
import { BundlesPanel } from './bundles-panel.js';
import { DocumentsPanel } from './documents-panel.js';
import { EvidencePanel } from './evidence-panel.js';
import { PartiesPanel } from './parties-panel.js';
import { StatementPanel } from './statement-panel.js';
import { TimelinePanel } from './timeline-panel.js';

/** One case: parties, what is owed (live from core), the timeline, evidence and mailings. */
export function CaseScreen({ id }: { id: number }) {
  const { t } = useLanguage();
  const stored = useApi(() => api.send('cases/get', { id }), [id]);
  const calc = useApi(() => api.send('calc/case', { id }), [id, stored.data]);
  const data = stored.data?.case;

  return (
    <section className="case">
      <a href="#/">{t('back')}</a>
      <ErrorBox message={stored.error} />
      {data && (
        <>
          <h1>{data.title}</h1>
          <PartiesPanel data={data} />
          <StatementPanel data={data} calc={calc.data} error={calc.error} />
          <TimelinePanel data={data} />
          <EvidencePanel id={id} data={data} onChange={stored.reload} />
          <DocumentsPanel id={id} data={data} />
          <BundlesPanel id={id} data={data} />
        </>
      )}
    </section>
  );
}
