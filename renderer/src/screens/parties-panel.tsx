import type { CaseFile } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';

export function PartiesPanel({ data }: { data: CaseFile }) {
  const { t } = useLanguage();
  const parties = [
    { role: t('creditor'), party: data.creditor },
    ...data.debtors.map((d) => ({ role: d.role === 'guarantor' ? t('guarantor') : t('debtor'), party: d })),
    ...(data.agent ? [{ role: t('agent'), party: data.agent }] : []),
  ];
  return (
    <div className="card">
      <h2>{t('parties')}</h2>
      <table className="grid">
        <tbody>
          {parties.map(({ role, party }, i) => (
            <tr key={i}>
              <th>{role}</th>
              <td>{party.name}</td>
              <td>{party.idNumber}</td>
              <td>{party.address}</td>
              <td>{party.phone}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.contract && (
        <p>
          {data.contract.title} {data.contract.number} {data.contract.signedOn}
        </p>
      )}
    </div>
  );
}
