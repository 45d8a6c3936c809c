import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import ServicesRoutes from '../../../src/features/services/ServicesRoutes';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

const app = (
  <Routes>
    <Route path="help/*" element={<ServicesRoutes />} />
  </Routes>
);

const contact = (over: Partial<ContactRecord> = {}): ContactRecord => ({
  id: 'c1',
  role: 'senco',
  name: 'Ms Patel',
  organisation: 'Oakfield School',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

/** Shows the history entry's state, to check what a reload or the Back button would bring back. */
function HistoryState() {
  return <output data-testid="history-state">{JSON.stringify(useLocation().state ?? null)}</output>;
}

beforeEach(async () => {
  await freshStorage();
});

describe('finding your council', () => {
  it('finds West Berkshire from "West Berks", announces how many match, and remembers the choice', async () => {
    const user = userEvent.setup();
    await renderScreen(app, { route: '/help' });
    const box = await screen.findByLabelText('Your council or area');
    await user.type(box, 'West Berks');
    const results = screen.getByRole('list', { name: 'Councils that match' });
    const first = within(results).getAllByRole('link')[0]!;
    expect(first).toHaveTextContent('West Berkshire');
    expect(screen.getByText(/councils? found/, { selector: '[role="status"]' })).toBeInTheDocument();
    await user.click(first);
    expect(await screen.findByRole('heading', { level: 1, name: 'West Berkshire' })).toBeInTheDocument();
    await waitFor(async () => expect((await getStorage().get('families', getStorage().familyId()!))?.councilId).toBe('west-berkshire'));
  });

  it('says plainly when nothing matches', async () => {
    const user = userEvent.setup();
    await renderScreen(app, { route: '/help' });
    await user.type(await screen.findByLabelText('Your council or area'), 'Qwxyz');
    expect(screen.getByText(/No council matches/)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('list', { name: 'Councils that match' })).not.toBeInTheDocument();
  });

  it('shows the advice services for the nation the family picks: Wales gets SNAP Cymru, not IPSEA', async () => {
    const user = userEvent.setup();
    await renderScreen(app, { route: '/help' });
    expect(await screen.findByText('Choose where you live to see the right services.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Wales' }));
    expect(screen.getByRole('heading', { name: 'SNAP Cymru' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /IPSEA/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'England' }));
    expect(screen.getByRole('heading', { name: /IPSEA/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ipsea.org.uk' })).toHaveAttribute('href', 'https://ipsea.org.uk/');
  });

  it('starts from the council already chosen, and its nation', async () => {
    await getStorage().updateFamily({ councilId: 'glasgow-city' });
    await renderScreen(app, { route: '/help' });
    expect(await screen.findByText('You chose Glasgow City.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Scotland' })).toBeChecked();
    expect(screen.getByRole('heading', { name: 'Enquire' })).toBeInTheDocument();
  });
});

describe('a council’s page', () => {
  it('explains the Local Offer and SENDIASS in England, with a search to copy, and shows the local pack', async () => {
    await renderScreen(app, { route: '/help/councils/west-berkshire' });
    expect(await screen.findByRole('heading', { level: 2, name: 'The Local Offer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'SENDIASS' })).toBeInTheDocument();
    expect(await screen.findByText('West Berkshire local offer')).toBeInTheDocument();
    expect(screen.getByText('West Berkshire SENDIASS')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Copy search text' }).length).toBeGreaterThan(1);
    expect(await screen.findByRole('heading', { level: 2, name: 'Local help in West Berkshire' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Early Response Hub' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Attendance Support Plans' })).toBeInTheDocument();
  });

  it('shows Hammersmith and Fulham’s pack with its attendance, early help and medical needs services', async () => {
    await renderScreen(app, { route: '/help/councils/hammersmith-and-fulham' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Local help in Hammersmith and Fulham' })).toBeInTheDocument();
    for (const name of ['ACE team (attendance)', 'School Attendance Support Officer', 'Early Help', 'INSPIRE (specialist outreach)', 'Virtual School']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
    }
    expect(screen.getByText(/15 school days or more/)).toBeInTheDocument();
  });

  it('in Wales talks about ALN and SNAP Cymru, never the Local Offer, SENDIASS or IPSEA', async () => {
    await renderScreen(app, { route: '/help/councils/cardiff' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Cardiff' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /additional learning needs/ })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: 'SNAP Cymru' }).length).toBeGreaterThan(0);
    const main = document.body.textContent ?? '';
    expect(main).not.toMatch(/Local Offer|SENDIASS|IPSEA|EHC/);
    expect(screen.queryByRole('heading', { name: /Local help in/ })).not.toBeInTheDocument();
  });

  it('in Northern Ireland talks about the Education Authority and statements', async () => {
    await renderScreen(app, { route: '/help/councils/education-authority-ni' });
    expect(await screen.findByRole('heading', { level: 2, name: 'The Education Authority (EA)' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Local Offer|SENDIASS|EHC/);
  });

  it('saves what the family found as a contact, prefilled from a local pack team', async () => {
    const user = userEvent.setup();
    await renderScreen(app, { route: '/help/councils/west-berkshire' });
    await user.click(await screen.findByRole('button', { name: 'Save Early Response Hub to my contacts' }));
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name).toHaveValue('Early Response Hub'));
    expect(screen.getByLabelText('Who are they?')).toHaveValue('early-help');
    await user.type(screen.getByLabelText('Website (optional)'), 'hub.example.org');
    await user.click(screen.getByRole('button', { name: 'Save to my contacts' }));
    expect(await screen.findByText('Saved “Early Response Hub” to your contacts.')).toBeInTheDocument();
    const saved = await getStorage().list('contacts');
    expect(saved).toEqual([
      expect.objectContaining({ name: 'Early Response Hub', role: 'early-help', organisation: 'West Berkshire', website: 'hub.example.org' }),
    ]);
  });

  it('in Welsh gives dates in Welsh, even in a browser with no Welsh date data (Chrome shows "November 22, 2026")', async () => {
    const RealFormat = Intl.DateTimeFormat;
    // Like Chromium: asked for Welsh, it falls back to American English.
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(((locales?: string | string[], options?: Intl.DateTimeFormatOptions) =>
      new RealFormat(String(locales ?? '').startsWith('cy') ? 'en-US' : locales, options)) as typeof Intl.DateTimeFormat);
    await renderScreen(app, { route: '/help/councils/cardiff', language: 'cy' });
    expect((await screen.findAllByText('Gwiriwyd 22 Tachwedd 2026.')).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/November|M11/);
  });

  it('shows a pack that comes with the app in the reader’s language, marked as checked from the council’s page, never as added on this device', async () => {
    await renderScreen(app, { route: '/help/councils/hammersmith-and-fulham', language: 'cy' });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Help lleol yn Hammersmith and Fulham' });
    expect(heading.closest('section')).toHaveAttribute('lang', 'cy');
    const card = screen.getByRole('heading', { level: 3, name: 'Early Help' }).closest('[data-testid="local-service"]') as HTMLElement;
    expect(within(card).getByText(/Wedi'i wirio gan Barriers Navigator/)).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /Newid/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Agor y dudalen' })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/lbhf\.gov\.uk\//));
  });

  it('says when a council cannot be found', async () => {
    await renderScreen(app, { route: '/help/councils/cumbria' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Council not found' })).toBeInTheDocument();
  });
});

describe('my contacts', () => {
  it('asks for a name before saving, then lists the new contact', async () => {
    const user = userEvent.setup();
    await renderScreen(app, { route: '/help/contacts/new' });
    await user.click(await screen.findByRole('button', { name: 'Save contact' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /Enter a name/ })).toHaveAttribute('href', expect.stringContaining('#'));
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(screen.getByLabelText('Who are they?'), 'attendance-officer');
    await user.type(screen.getByLabelText('Name'), 'Mr Okafor');
    await user.type(screen.getByLabelText('Phone (optional)'), '0118 496 0000');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My contacts' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Mr Okafor' })).toBeInTheDocument();
    expect(screen.getByText('Saved Mr Okafor.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0118 496 0000' })).toHaveAttribute('href', 'tel:01184960000');
  });

  it('changes a contact', async () => {
    const user = userEvent.setup();
    await getStorage().put('contacts', contact());
    await renderScreen(app, { route: '/help/contacts' });
    await user.click(await screen.findByRole('link', { name: 'Change Ms Patel' }));
    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Ms Patel');
    await user.clear(name);
    await user.type(name, 'Mrs Patel');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mrs Patel' })).toBeInTheDocument();
    expect(await getStorage().list('contacts')).toHaveLength(1);
  });

  it('deletes a contact and can undo it', async () => {
    const user = userEvent.setup();
    await getStorage().put('contacts', contact());
    await renderScreen(app, { route: '/help/contacts' });
    await user.click(await screen.findByRole('button', { name: 'Delete Ms Patel' }));
    expect(await screen.findByText('Deleted Ms Patel.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Ms Patel' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ms Patel' })).toBeInTheDocument();
    expect(await getStorage().get('contacts', 'c1')).toMatchObject({ name: 'Ms Patel', createdAt: '2026-01-01T00:00:00Z' });
  });
});

describe('my contacts, found again', () => {
  it('in Welsh labels a contact’s details without the form’s “(dewisol)” (optional)', async () => {
    await getStorage().put('contacts', contact({ phone: '01632 960123', email: 'a@example.org', website: 'example.org', notes: 'Dydd Llun' }));
    await renderScreen(app, { route: '/help/contacts', language: 'cy' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Ms Patel' })).toBeInTheDocument();
    const labels = Array.from(document.querySelectorAll('.contact-card dt')).map((dt) => dt.textContent);
    expect(labels).toEqual(['Pwy ydyn nhw?', 'Ble maen nhw’n gweithio', 'Ffôn', 'E-bost', 'Gwefan', 'Nodiadau']);
  });

  it('keeps keyboard focus on the message after Undo, instead of losing it when the button goes', async () => {
    const user = userEvent.setup();
    await getStorage().put('contacts', contact());
    await renderScreen(app, { route: '/help/contacts' });
    await user.click(await screen.findByRole('button', { name: 'Delete Ms Patel' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    const message = await screen.findByText('Ms Patel is back in your contacts.');
    await waitFor(() => {
      expect(document.activeElement).not.toBe(document.body);
      expect(document.activeElement).toContainElement(message);
    });
  });

  it('says "Saved" once: the news is not kept in history for a reload or the Back button to repeat', async () => {
    const user = userEvent.setup();
    await renderScreen(
      <Routes>
        <Route
          path="help/*"
          element={
            <>
              <ServicesRoutes />
              <HistoryState />
            </>
          }
        />
      </Routes>,
      { route: '/help/contacts/new' },
    );
    await user.type(await screen.findByLabelText('Name'), 'Mr Okafor');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText('Saved Mr Okafor.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('history-state')).toHaveTextContent('null'));
    expect(screen.getByText('Saved Mr Okafor.')).toBeInTheDocument();
  });
});
