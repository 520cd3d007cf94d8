import '../people.css';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { usePeople } from '../api/people.js';
import { AddPersonForm } from './add-person-form.js';
import { PeopleTable } from './people-table.js';
import { TokensSection } from './tokens-section.js';

/** Admins manage who may sign in, with which role, and the API tokens; every change is in the History. */
export const PeoplePage = () => {
  const people = usePeople();
  return (
    <main className="page" id="main">
      <h1>People and API tokens</h1>
      <p className="lede">
        Viewers read; editors also change rows, imports, saved views and share links; admins also replace, undo and
        manage people. Every change here is recorded in the History.
      </p>
      <AddPersonForm />
      {people.isPending && <Loading what="the people" />}
      {people.isError && <ProblemAlert error={people.error} action="Loading the people" />}
      {people.data && (
        <>
          <PeopleTable people={people.data.items} />
          <TokensSection people={people.data.items} />
        </>
      )}
    </main>
  );
};
