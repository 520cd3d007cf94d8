import { storyPages, type StoryPage, type StoryStep } from '@contract/stories.js';
import type { SavedView } from '@contract/map.js';
import { pageLabels } from '../story-steps.js';

interface StepFieldsProps {
  step: StoryStep;
  index: number;
  count: number;
  views: SavedView[];
  onChange: (step: StoryStep) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One step of the editor: what it shows, its caption, and its place in the story. */
export const StepFields = ({ step, index, count, views, onChange, onMove, onRemove }: StepFieldsProps) => {
  const number = index + 1;
  const choose = (value: string) => {
    const [kind, target = ''] = value.split(':');
    onChange(
      kind === 'view'
        ? { kind: 'view', view: target, caption: step.caption }
        : {
            kind: 'page',
            page: target as StoryPage,
            query: step.kind === 'page' ? step.query : '',
            caption: step.caption,
          },
    );
  };
  const shown = step.kind === 'view' ? `view:${step.view}` : `page:${step.page}`;
  return (
    <li className="story-step card" aria-label={`Step ${number}`}>
      <h3>Step {number}</h3>
      <label>
        Shows
        <select value={shown} onChange={(event) => choose(event.target.value)}>
          <optgroup label="Pages">
            {storyPages.map((page) => (
              <option key={page} value={`page:${page}`}>
                {pageLabels[page]}
              </option>
            ))}
          </optgroup>
          <optgroup label="Saved map views">
            {views.map((view) => (
              <option key={view.id} value={`view:${view.id}`}>
                {view.name}
              </option>
            ))}
            {step.kind === 'view' && !views.some((view) => view.id === step.view) && (
              <option value={shown}>{step.view} (no longer saved)</option>
            )}
          </optgroup>
        </select>
      </label>
      {step.kind === 'page' && (
        <label>
          Filters (URL query)
          <input
            value={step.query}
            placeholder="fiscal_year=2026"
            onChange={(event) => onChange({ ...step, query: event.target.value.replace(/^\?/, '') })}
          />
        </label>
      )}
      <label>
        Caption
        <textarea
          value={step.caption}
          rows={2}
          required
          onChange={(event) => onChange({ ...step, caption: event.target.value })}
        />
      </label>
      <div className="button-row">
        <button type="button" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move step ${number} up`}>
          Up
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
          aria-label={`Move step ${number} down`}
        >
          Down
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove step ${number}`}>
          Remove
        </button>
      </div>
    </li>
  );
};
