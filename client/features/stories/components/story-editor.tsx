import { useState, type FormEvent } from 'react';
import type { Story, StoryStep } from '@contract/stories.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useSavedViews } from '../api/list-saved-views.js';
import { useSaveStory } from '../api/save-story.js';
import { moveStep } from '../story-steps.js';
import { StepFields } from './step-fields.js';

interface StoryEditorProps {
  /** The story to change; none for a new one. */
  story?: Story;
  onDone: (story?: Story) => void;
}

const newStep = (): StoryStep => ({ kind: 'page', page: 'gao-review', query: '', caption: '' });

/** Builds a story: its name, its steps in order, each with what it shows and its caption; saved in one write. */
export const StoryEditor = ({ story, onDone }: StoryEditorProps) => {
  const [name, setName] = useState(story?.name ?? '');
  const [steps, setSteps] = useState<StoryStep[]>(story?.steps ?? [newStep()]);
  const views = useSavedViews();
  const save = useSaveStory();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ ...(story ? { id: story.id } : {}), name, steps }, { onSuccess: (saved) => onDone(saved) });
  };
  const change = (index: number, step: StoryStep) => setSteps(steps.map((old, at) => (at === index ? step : old)));
  return (
    <form className="card story-editor" onSubmit={submit} aria-labelledby="story-editor-title">
      <h2 id="story-editor-title">{story ? `Edit “${story.name}”` : 'New story'}</h2>
      <label>
        Name
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
      </label>
      <ol className="story-steps">
        {steps.map((step, index) => (
          <StepFields
            key={index}
            step={step}
            index={index}
            count={steps.length}
            views={views.data?.items ?? []}
            onChange={(changed) => change(index, changed)}
            onMove={(by) => setSteps(moveStep(steps, index, by))}
            onRemove={() => setSteps(steps.filter((_, at) => at !== index))}
          />
        ))}
      </ol>
      <div className="button-row">
        <button type="button" onClick={() => setSteps([...steps, newStep()])}>
          Add a step
        </button>
        <button type="submit" className="primary" disabled={save.isPending}>
          Save story
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
      {save.isError && <ProblemAlert error={save.error} action="Saving the story" />}
    </form>
  );
};
