import '../stories.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Story } from '@contract/stories.js';
import { useCan } from '../../../api/me.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useDeleteStory } from '../api/delete-story.js';
import { useStories } from '../api/list-stories.js';
import { storyPath } from '../story-steps.js';
import { StoryEditor } from './story-editor.js';

type Editing = { story?: Story } | null;

/** Guided stories: everyone presents them; editors build, change and delete them. */
export const StoriesPage = () => {
  const stories = useStories();
  const remove = useDeleteStory();
  const canEdit = useCan('editor');
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <main className="page" id="main">
      <h1>Stories</h1>
      <p className="lede">
        A story walks an audience through saved map views and analytics pages, one step at a time, each with its
        caption. Present it full screen; arrow keys move between steps and Escape ends it.
      </p>
      {canEdit && !editing && (
        <div className="button-row">
          <button type="button" className="primary" onClick={() => setEditing({})}>
            New story
          </button>
        </div>
      )}
      {editing && (
        <StoryEditor key={editing.story?.id ?? 'new'} story={editing.story} onDone={() => setEditing(null)} />
      )}
      {stories.isPending && <Loading what="the stories" />}
      {stories.isError && <ProblemAlert error={stories.error} action="Loading the stories" />}
      {remove.isError && <ProblemAlert error={remove.error} action="Deleting the story" />}
      {stories.data && stories.data.items.length === 0 && <p>No stories yet.</p>}
      {stories.data && stories.data.items.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Story</th>
              <th scope="col">Steps</th>
              <th scope="col">Last changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {stories.data.items.map((story) => (
              <tr key={story.id}>
                <td>{story.name}</td>
                <td>{story.steps.length}</td>
                <td>
                  {story.updated_at.slice(0, 10)} by {story.updated_by}
                </td>
                <td className="button-row">
                  {story.steps.length > 0 && (
                    <Link className="story-present-link" to={storyPath(story.id)} aria-label={`Present ${story.name}`}>
                      Present
                    </Link>
                  )}
                  {canEdit && (
                    <>
                      <button type="button" onClick={() => setEditing({ story })} aria-label={`Edit ${story.name}`}>
                        Edit
                      </button>
                      <button
                        type="button"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate(story.id)}
                        aria-label={`Delete ${story.name}`}
                      >
                        Delete
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
};
