import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubjectPicker } from '../../client/features/finder/components/subject-picker.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const list = (items: Array<{ id: string; name: string }>) => ({
  body: { items, total: items.length, limit: 5000, offset: 0 },
});

const replies = {
  'GET /api/analytics/applicant-types': { body: { applicant_types: ['employer', 'nonprofit', 'workforce board'] } },
  'GET /api/regions': list([{ id: 'north', name: 'North Region' }]),
  'GET /api/solutions': list([{ id: 'upskill', name: 'Incumbent worker upskilling' }]),
  'GET /api/': list([]),
};

describe('SubjectPicker, describing a need', () => {
  it('offers the map’s applicant types, with blank meaning any type', async () => {
    mockApi(replies);
    const onChoose = vi.fn();
    renderWithApp(<SubjectPicker subject={null} onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Describe a need' }));
    await screen.findByRole('option', { name: 'workforce board' });
    const type = screen.getByLabelText('Applicant type') as HTMLSelectElement;
    expect([...type.options].map((option) => option.text)).toEqual([
      'Any type (show what each stream needs)',
      'employer',
      'nonprofit',
      'workforce board',
    ]);
    expect(type.value).toBe('');
    fireEvent.change(screen.getByLabelText('Region'), { target: { value: 'north' } });
    fireEvent.click(await screen.findByLabelText('Incumbent worker upskilling'));
    fireEvent.click(screen.getByRole('button', { name: 'Find funding' }));
    expect(onChoose).toHaveBeenLastCalledWith({
      region: 'north',
      sectors: [],
      solutions: ['upskill'],
      applicantType: null,
    });
    fireEvent.change(type, { target: { value: 'nonprofit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find funding' }));
    expect(onChoose).toHaveBeenLastCalledWith(expect.objectContaining({ applicantType: 'nonprofit' }));
  });
});
