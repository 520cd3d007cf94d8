import { useState, type FormEvent } from 'react';
import { roles, type Role } from '@domain/actor.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useAddPerson } from '../api/people.js';

/** A new person with a role; they sign in with a one-time link (or single sign-on) and may set a password. */
export const AddPersonForm = () => {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const add = useAddPerson();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ email, role }, { onSuccess: () => setEmail('') });
  };
  return (
    <form className="card people-form" onSubmit={submit} aria-labelledby="add-person">
      <h2 id="add-person">Add a person</h2>
      <label>
        Email
        <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} required />
      </label>
      <label>
        Role
        <select aria-label="Role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {roles.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </label>
      <div className="button-row">
        <button type="submit" className="primary" disabled={add.isPending}>
          Add
        </button>
      </div>
      {add.isError && <ProblemAlert error={add.error} action="Adding the person" />}
      {add.data && (
        <p className="success" role="status">
          Added {add.data.email} as {add.data.role}. Make them a one-time sign-in link below.
        </p>
      )}
    </form>
  );
};
