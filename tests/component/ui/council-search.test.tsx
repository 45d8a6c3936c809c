import { describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CouncilSearch } from '../../../src/ui/primitives/CouncilSearch';
import { renderScreen } from '../../support/render';

/** The council question as a form would hold it. */
function Question({ onSubmit }: { onSubmit: () => void }) {
  const [value, setValue] = useState<string | undefined>();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <CouncilSearch label="Council name" value={value} onChange={setValue} />
      <button type="submit">Continue</button>
    </form>
  );
}

describe('one council search for every screen', () => {
  it('as a question: names the part of the UK beside each council when the nation is not known, and Enter does not send the form half-way through typing', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    await renderScreen(<Question onSubmit={onSubmit} />);
    await user.type(screen.getByRole('searchbox', { name: 'Council name' }), 'Cardiff{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('1 council found');
    await user.click(screen.getByRole('radio', { name: 'Cardiff (Wales)' }));
    expect(screen.getByRole('radio', { name: 'Cardiff (Wales)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'I’m not sure which council' })).not.toBeChecked();
  });

  it('as a way to a council’s page: the same box and words, with links to each council', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    await renderScreen(<CouncilSearch label="Your council or area" linkTo={(c) => `/help/councils/${c.id}`} onChoose={onChoose} />);
    await user.type(screen.getByRole('searchbox', { name: 'Your council or area' }), 'Cardiff');
    expect(screen.getByRole('status')).toHaveTextContent('1 council found');
    const link = within(screen.getByRole('list', { name: 'Councils that match' })).getByRole('link', { name: 'Cardiff' });
    expect(link).toHaveAttribute('href', '/help/councils/cardiff');
    expect(screen.getByText('(Wales)')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(link);
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'cardiff' }));
  });

  it('says in Welsh how many it found', async () => {
    const user = userEvent.setup();
    await renderScreen(<CouncilSearch label="Enw’r cyngor" linkTo={(c) => `/help/councils/${c.id}`} />, { language: 'cy' });
    await user.type(screen.getByRole('searchbox'), 'Qwxyz');
    expect(screen.getByRole('status')).toHaveTextContent('Nid oes cyngor yn cyfateb i hynny.');
  });
});
