import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useApi } from '../components/use-api.js';
import { useLanguage } from '../i18n/language.js';
import { useState } from 'react';
import { BundlesPanel } from './bundles-panel.js';
import { CollectionLogPanel } from './collection-log-panel.js';
import { CaseEditor } from './case-editor.js';
import { DocumentsPanel } from './documents-panel.js';
import { EvidencePanel } from './evidence-panel.js';
import { FilingsPanel } from './filings/filings-panel.js';
import { HistoryCard } from './history-card.js';
import { localToday } from './local-today.js';
import { MailingsPanel } from './mailings-panel.js';
import { OutputsPanel } from './outputs-panel.js';
import { PartiesPanel } from './parties-panel.js';
import { StatementPanel } from './statement-panel.js';
import { TimelinePanel } from './timeline-panel.js';

/** One case: parties, what is owed (live from core), the timeline, evidence and mailings. */
export function CaseScreen({ id }: { id: number }) {
  const { t, language } = useLanguage();
  const stored = useApi(() => api.send('cases/get', { id }), [id]);
  const calc = useApi(() => api.send('calc/case', { id, language }), [id, stored.data, language]);
  const data = stored.data?.case;
  const today = localToday();
  const [editing, setEditing] = useState(false);

  return (
    <section className="case">
      <a href="#/">{t('back')}</a>
      <ErrorBox error={stored.error} />
      {data && (
        <>
          <h1>{data.title}</h1>
          {editing ? (
            <CaseEditor
              id={id}
              initial={data}
              revision={stored.data!.revision}
              today={today}
              onSaved={() => {
                setEditing(false);
                stored.reload();
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <>
              <button type="button" className="secondary" onClick={() => setEditing(true)}>
                {t('ed.editCase')}
              </button>
              <PartiesPanel data={data} />
            </>
          )}
          <StatementPanel data={data} calc={calc.data} error={calc.error} />
          <CollectionLogPanel id={id} data={data} today={today} onChange={stored.reload} />
          <TimelinePanel id={id} data={data} today={today} onChange={stored.reload} />
          <MailingsPanel id={id} data={data} keptLetters={stored.data!.keptLetters} today={today} onChange={stored.reload} />
          <EvidencePanel id={id} data={data} onChange={stored.reload} />
          <DocumentsPanel id={id} data={data} />
          <FilingsPanel id={id} data={data} onChange={stored.reload} />
          <BundlesPanel id={id} data={data} />
          <OutputsPanel id={id} />
          <HistoryCard
            id={id}
            revision={stored.data!.revision}
            title={data.title}
            shelf={stored.data!.shelf}
            onChange={stored.reload}
          />
        </>
      )}
    </section>
  );
}
