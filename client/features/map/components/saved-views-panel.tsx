import { useState, type FormEvent } from 'react';
import { useCan } from '../../../api/me.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useCreateSavedView } from '../api/create-saved-view.js';
import { useDeleteSavedView } from '../api/delete-saved-view.js';
import { useSavedViews } from '../api/list-saved-views.js';

interface SavedViewsPanelProps {
  /** The current view as a URL query, without the saved-view id. */
  currentQuery: string;
  positions: () => Record<string, { x: number; y: number }>;
  onOpen: (id: string) => void;
}

const linkTo = (id: string) => `${window.location.origin}/map?view=${encodeURIComponent(id)}`;

/** Name and keep the current view (filters, styling, layout positions); reopen or share it by link. */
export const SavedViewsPanel = ({ currentQuery, positions, onOpen }: SavedViewsPanelProps) => {
  const [name, setName] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  const canEdit = useCan('editor');
  const views = useSavedViews();
  const create = useCreateSavedView();
  const remove = useDeleteSavedView();
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate(
      { name: name.trim(), query: currentQuery, positions: positions() },
      {
        onSuccess: (view) => {
          setName('');
          onOpen(view.id);
        },
      },
    );
  };
  const copy = async (id: string) => {
    try {
      await navigator.clipboard.writeText(linkTo(id));
      setCopied(id);
    } catch {
      window.prompt('Copy this link', linkTo(id));
    }
  };
  return (
    <section className="saved-views" aria-labelledby="saved-views-heading">
      <h2 id="saved-views-heading">Saved views</h2>
      {canEdit && (
        <form onSubmit={save} className="inline-form">
          <label htmlFor="saved-view-name" className="visually-hidden">
            Name of this view
          </label>
          <input
            id="saved-view-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="Name this view"
            maxLength={200}
          />
          <button type="submit" disabled={!name.trim() || create.isPending}>
            {create.isPending ? 'Saving…' : 'Save view'}
          </button>
        </form>
      )}
      {create.isError && <ProblemAlert error={create.error} action="Saving the view" />}
      {remove.isError && <ProblemAlert error={remove.error} action="Deleting the view" />}
      {views.isPending && <Loading what="saved views" />}
      {views.isError && <ProblemAlert error={views.error} action="Loading saved views" />}
      {views.data && views.data.items.length === 0 && <p className="muted">No saved views yet.</p>}
      <ul className="saved-view-list">
        {views.data?.items.map((view) => (
          <li key={view.id}>
            <button type="button" className="link-button" onClick={() => onOpen(view.id)}>
              {view.name}
            </button>
            <span className="button-row-tight">
              <button type="button" className="small" onClick={() => void copy(view.id)}>
                {copied === view.id ? 'Link copied' : 'Copy link'}
              </button>
              {canEdit && (
                <button
                  type="button"
                  className="small"
                  aria-label={`Delete saved view ${view.name}`}
                  onClick={() => remove.mutate(view.id)}
                >
                  Delete
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
};
