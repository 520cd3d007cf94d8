import { useState, type FormEvent } from 'react';
import { entityByName } from '@domain/catalog.js';
import { useApplicantTypes } from '../../../api/analytics/get-applicant-types.js';
import type { MatchSubject } from '../../../api/analytics/get-match.js';
import { useRows } from '../../../api/rows/list-rows.js';
import { CheckboxList } from '../../../components/checkbox-list.js';

interface Props {
  subject: MatchSubject | null;
  onChoose: (subject: MatchSubject) => void;
}

const useOptions = (table: 'partnerships' | 'regions' | 'sectors' | 'solutions') =>
  (useRows(entityByName(table), { limit: 5000 }).data?.items ?? [])
    .map((row) => ({ value: String(row.id), label: String(row.name ?? row.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));

/** Choose a partnership, or describe a need (region, sectors, solutions, applicant type). */
export const SubjectPicker = ({ subject, onChoose }: Props) => {
  const [mode, setMode] = useState<'partnership' | 'need'>(
    subject && !('partnership' in subject) ? 'need' : 'partnership',
  );
  const described = subject && !('partnership' in subject) ? subject : null;
  const [region, setRegion] = useState(described?.region ?? '');
  const [sectors, setSectors] = useState<string[]>(described?.sectors ?? []);
  const [solutions, setSolutions] = useState<string[]>(described?.solutions ?? []);
  const [applicant, setApplicant] = useState(described?.applicantType ?? '');
  const partnerships = useOptions('partnerships');
  const regions = useOptions('regions');
  const sectorOptions = useOptions('sectors');
  const solutionOptions = useOptions('solutions');
  const applicantTypes = useApplicantTypes().data?.applicant_types ?? [];
  // A type saved in a link but no longer in the map stays choosable rather than silently becoming "any".
  const typeOptions =
    applicant && !applicantTypes.includes(applicant) ? [applicant, ...applicantTypes] : applicantTypes;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (region) onChoose({ region, sectors, solutions, applicantType: applicant || null });
  };
  return (
    <section className="card" aria-labelledby="subject-heading">
      <h2 id="subject-heading">Find funding for</h2>
      <div className="button-group" role="group" aria-label="Find funding for">
        <button type="button" aria-pressed={mode === 'partnership'} onClick={() => setMode('partnership')}>
          A partnership
        </button>
        <button type="button" aria-pressed={mode === 'need'} onClick={() => setMode('need')}>
          Describe a need
        </button>
      </div>
      {mode === 'partnership' ? (
        <label className="stacked">
          Partnership
          <select
            value={subject && 'partnership' in subject ? subject.partnership : ''}
            onChange={(event) => event.target.value && onChoose({ partnership: event.target.value })}
          >
            <option value="">Choose a partnership…</option>
            {partnerships.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <form onSubmit={submit} className="need-form">
          <label className="stacked">
            Region
            <select value={region} onChange={(event) => setRegion(event.target.value)} required>
              <option value="">Choose a region…</option>
              {regions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <CheckboxList legend="Sectors (none: any)" options={sectorOptions} selected={sectors} onChange={setSectors} />
          <CheckboxList
            legend="Solutions needed"
            options={solutionOptions}
            selected={solutions}
            onChange={setSolutions}
          />
          <label className="stacked">
            Applicant type
            <select value={applicant} onChange={(event) => setApplicant(event.target.value)}>
              <option value="">Any type (show what each stream needs)</option>
              {typeOptions.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={!region}>
            Find funding
          </button>
        </form>
      )}
    </section>
  );
};
