import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Indicator, IndicatorSetting } from '@contract/analytics/scorecard.js';
import { useSaveScorecardSettings } from '../../../api/analytics/save-scorecard-settings.js';
import { ApiProblem } from '../../../api/problem.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { targetFromInput, targetToInput } from '../indicator-format.js';

interface Row {
  id: IndicatorSetting['id'];
  label: string;
  unit: Indicator['unit'];
  visible: boolean;
  target: string;
  /** Why the target typed cannot be saved, shown at the field. */
  error?: string;
}

/** The server's own refusal of a target (`indicators.<n>.target`), put back at the row it names. */
const serverErrors = (error: unknown): Map<number, string> => {
  const found = new Map<number, string>();
  if (!(error instanceof ApiProblem)) return found;
  for (const issue of error.problem.errors ?? []) {
    const match = /^indicators\.(\d+)\.target$/.exec(issue.field);
    if (match) found.set(Number(match[1]), `The server refused this target: it ${issue.message}.`);
  }
  return found;
};

interface Props {
  open: boolean;
  onClose: () => void;
  settings: readonly IndicatorSetting[];
  /** Labels and units of every indicator, shown or hidden. */
  describe: (id: IndicatorSetting['id']) => { label: string; unit: Indicator['unit'] };
}

/** Choose which indicators show, in what order, and the targets they are judged against. */
export const ScorecardSettingsDialog = ({ open, onClose, settings, describe }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const save = useSaveScorecardSettings();
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const [shownFor, setShownFor] = useState<boolean>(false);
  if (open !== shownFor) {
    setShownFor(open);
    if (open)
      setRows(
        settings.map((setting) => ({
          ...setting,
          ...describe(setting.id),
          target: targetToInput(describe(setting.id).unit, setting.target),
        })),
      );
  }
  const move = (index: number, by: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });
  const change = (index: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = rows.map((row) => targetFromInput(row.unit, row.target));
    if (parsed.some((result) => 'error' in result)) {
      setRows(rows.map((row, i) => ({ ...row, error: (parsed[i] as { error?: string }).error })));
      dialog.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    save.mutate(
      {
        indicators: rows.map((row, i) => ({
          id: row.id,
          visible: row.visible,
          target: (parsed[i] as { target: number | null }).target,
        })),
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          const located = serverErrors(error);
          if (located.size > 0) setRows((current) => current.map((row, i) => ({ ...row, error: located.get(i) })));
        },
      },
    );
  };
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-heading" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="settings-heading">Scorecard settings</h2>
        <p className="hint">
          Choose the indicators to show, their order, and your targets. Leave a target blank for none.
        </p>
        <table className="table">
          <caption className="visually-hidden">Indicators</caption>
          <thead>
            <tr>
              <th scope="col">Show</th>
              <th scope="col">Indicator</th>
              <th scope="col">Target</th>
              <th scope="col">Order</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id}>
                <td>
                  <input
                    type="checkbox"
                    checked={row.visible}
                    onChange={(event) => change(index, { visible: event.target.checked })}
                    aria-label={`Show ${row.label}`}
                  />
                </td>
                <td>{row.label}</td>
                <td>
                  <input
                    className="target-input"
                    inputMode="decimal"
                    value={row.target}
                    onChange={(event) => change(index, { target: event.target.value, error: undefined })}
                    aria-label={`Target for ${row.label}${row.unit === 'share' ? ' (percent)' : ''}`}
                    aria-invalid={row.error ? true : undefined}
                    aria-describedby={row.error ? `target-error-${row.id}` : undefined}
                  />
                  {row.unit === 'share' ? ' %' : ''}
                  {row.error && (
                    <p className="field-error" id={`target-error-${row.id}`}>
                      {row.error}
                    </p>
                  )}
                </td>
                <td className="button-row-tight">
                  <button
                    type="button"
                    className="small"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={`Move ${row.label} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="small"
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={`Move ${row.label} down`}
                  >
                    ↓
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {save.isError && <ProblemAlert error={save.error} action="Saving the settings" />}
        <div className="button-row">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save settings'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
};
