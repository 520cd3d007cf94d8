import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SharedView } from '@contract/share-links.js';
import { onSharePage } from '../api/http.js';
import { useCan } from '../api/me.js';
import { useCreateShareLink } from '../api/share/create-share-link.js';
import { ProblemAlert } from './problem-alert.js';
import './share-button.css';

interface ShareButtonProps {
  view: SharedView;
  /** The link's name unless the editor changes it: what its holders and the admins read. */
  defaultName: string;
  /** The view's URL query as it stands (its filters), which the link keeps. */
  query: string;
  /** The partnership of a finder link. */
  target?: string;
  /** Runs first and answers the link's target: the map saves what it shows as a saved view. */
  prepareTarget?: (name: string) => Promise<string>;
}

const linkAddress = (path: string) => `${window.location.origin}${path}`;

/**
 * "Share" on a view an editor may share: makes a read-only link to what the view shows now and copies it.
 * Its address is shown once (only its hash is kept); the Share links screen lists and revokes it.
 */
export const ShareButton = ({ view, defaultName, query, target, prepareTarget }: ShareButtonProps) => {
  const canShare = useCan('editor') && !onSharePage();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(defaultName);
  const [days, setDays] = useState('90');
  const [preparing, setPreparing] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);
  const create = useCreateShareLink();
  const dialog = useRef<HTMLDialogElement>(null);
  // A modal dialog sits above every view's layout (the map's sidebars, a toolbar at either edge).
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  if (!canShare) return null;

  const copy = async (address: string) => {
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPreparing(null);
    setCopied(false);
    let linkTarget = target;
    try {
      if (prepareTarget) linkTarget = await prepareTarget(name.trim());
    } catch (error) {
      setPreparing(error);
      return;
    }
    create.mutate(
      { name: name.trim(), view, query, ...(linkTarget ? { target: linkTarget } : {}), expires_in_days: Number(days) },
      { onSuccess: (created) => void copy(linkAddress(created.path)) },
    );
  };
  const address = create.data ? linkAddress(create.data.path) : null;
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share…
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby="share-dialog-heading"
        onClose={() => setOpen(false)}
      >
        <form className="share-form" onSubmit={(e) => void submit(e)}>
          <h2 id="share-dialog-heading">Share this view read-only</h2>
          <p className="muted">A read-only link to this view as it is now, for anyone without an account.</p>
          <label>
            Link name
            <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
          </label>
          <label>
            Expires after (days)
            <input type="number" min={1} max={365} value={days} onChange={(event) => setDays(event.target.value)} />
          </label>
          <div className="button-row">
            <button type="submit" className="primary" disabled={create.isPending || name.trim() === ''}>
              Create read-only link
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
          {preparing !== null && <ProblemAlert error={preparing} action="Saving the view to share" />}
          {create.isError && <ProblemAlert error={create.error} action="Creating the link" />}
          {address && (
            <>
              <label>
                Read-only link (shown once)
                <input readOnly value={address} onFocus={(event) => event.target.select()} />
              </label>
              <div className="button-row">
                <button type="button" onClick={() => void copy(address)}>
                  Copy link
                </button>
                <span role="status">{copied ? 'Link copied.' : 'Copy it now: it is not shown again.'}</span>
              </div>
            </>
          )}
        </form>
      </dialog>
    </>
  );
};
