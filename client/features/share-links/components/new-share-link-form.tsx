import { useState, type FormEvent } from 'react';
import { sharedViews, type SharedView } from '@contract/share-links.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useCreateShareLink } from '../../../api/share/create-share-link.js';

const viewLabels: Record<SharedView, string> = {
  map: 'A saved map view',
  finder: 'The funding finder for one partnership',
  scorecard: 'The scorecard',
  'competing-releases': 'The competing releases',
};

const targetLabel: Partial<Record<SharedView, string>> = { map: 'Saved view id', finder: 'Partnership id' };

/** Create a read-only link; its address is shown once, since only its hash is kept. */
export const NewShareLinkForm = () => {
  const [name, setName] = useState('');
  const [view, setView] = useState<SharedView>('scorecard');
  const [target, setTarget] = useState('');
  const [days, setDays] = useState('90');
  const create = useCreateShareLink();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      name,
      view,
      ...(targetLabel[view] ? { target } : {}),
      expires_in_days: Number(days),
    });
  };
  return (
    <form className="card share-link-form" onSubmit={submit} aria-labelledby="new-share-link">
      <h2 id="new-share-link">New read-only link</h2>
      <label>
        What it is for
        <input value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <label>
        View
        <select value={view} onChange={(event) => setView(event.target.value as SharedView)}>
          {sharedViews.map((option) => (
            <option key={option} value={option}>
              {viewLabels[option]}
            </option>
          ))}
        </select>
      </label>
      {targetLabel[view] && (
        <label>
          {targetLabel[view]}
          <input value={target} onChange={(event) => setTarget(event.target.value)} required />
        </label>
      )}
      <label>
        Expires after (days)
        <input type="number" min={1} max={365} value={days} onChange={(event) => setDays(event.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="primary" disabled={create.isPending}>
          Create link
        </button>
      </div>
      {create.isError && <ProblemAlert error={create.error} action="Creating the link" />}
      {create.data && (
        <p className="success" role="status">
          Link created. Copy it now, it is shown only once:{' '}
          <code>{`${window.location.origin}${create.data.path}`}</code>
        </p>
      )}
    </form>
  );
};
