import '../features/stories/stories.css';
import { Suspense, useEffect } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { Story } from '@contract/stories.js';
import { useStory } from '../features/stories/api/get-story.js';
import { SignInGate } from '../features/sign-in/components/sign-in-gate.js';
import { stepIndex, stepPage, stepSearch, storyPath } from '../features/stories/story-steps.js';
import { Loading } from '../components/loading.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { storyPageComponents } from './story-pages.js';

// A story presented: one step at a time, full screen, without the navigation. The step is in the path
// (/stories/:id/:step), so the step's page may rewrite its own query without losing which step this is.

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const Presented = ({ story, index }: { story: Story; index: number }) => {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const step = story.steps[index];
  const go = (to: number) => {
    if (to >= 0 && to < story.steps.length) void navigate(storyPath(story.id, to));
  };
  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    void navigate('/stories');
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The map's canvas pans with arrow keys and marks them handled; forms keep their keys.
      if (event.defaultPrevented || typing(event.target)) return;
      const by = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[event.key];
      if (by !== undefined) go(index + by);
      else if (event.key === 'Escape') exit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (!step) return <Navigate replace to={storyPath(story.id)} />;
  const wanted = stepSearch(step);
  if (![...wanted].every(([name, value]) => params.get(name) === value))
    return <Navigate replace to={{ search: wanted.toString() }} />;
  const Page = storyPageComponents[stepPage(step)];
  return (
    <div className="story-presenter">
      <div className="story-bar" role="region" aria-label={`Story: ${story.name}`}>
        <p className="story-caption" aria-live="polite">
          {step.caption}
        </p>
        <span className="story-progress">
          {story.name}: step {index + 1} of {story.steps.length}
        </span>
        <div className="button-row">
          <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
            Previous
          </button>
          <button
            type="button"
            className="primary"
            disabled={index === story.steps.length - 1}
            onClick={() => go(index + 1)}
          >
            Next
          </button>
          <button type="button" onClick={() => void document.documentElement.requestFullscreen?.()}>
            Full screen
          </button>
          <button type="button" onClick={exit}>
            End (Esc)
          </button>
        </div>
      </div>
      <div className="story-stage">
        <Suspense fallback={<Loading what="this step" />}>
          <Page key={index} />
        </Suspense>
      </div>
    </div>
  );
};

const PresentedStory = () => {
  const { id = '', step } = useParams();
  const story = useStory(id);
  if (story.isPending) return <Loading what="the story" />;
  if (story.isError)
    return (
      <main className="page" id="main">
        <ProblemAlert error={story.error} action="Opening the story" />
      </main>
    );
  if (story.data.steps.length === 0)
    return (
      <main className="page" id="main">
        <p>This story has no steps yet.</p>
      </main>
    );
  return <Presented story={story.data} index={stepIndex(step, story.data.steps.length)} />;
};

export const StoryPresenter = () => (
  <div className="app">
    <SignInGate>
      <PresentedStory />
    </SignInGate>
  </div>
);
