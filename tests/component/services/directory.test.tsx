import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import ServicesRoutes from '../../../src/features/services/ServicesRoutes';
import type { DirectoryEntry, DirectoryFile } from '../../../src/domain/councils/directory';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

const app = (
  <Routes>
    <Route path="help/*" element={<ServicesRoutes />} />
  </Routes>
);

const read = (nation: string) => JSON.parse(readFileSync(`src/content/directory/${nation}.json`, 'utf8')) as DirectoryFile;
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

beforeEach(async () => {
  await freshStorage();
});

describe('a council page with checked details', () => {
  const ea = read('northern-ireland').councils.find((c) => c.councilId === 'education-authority-ni') as DirectoryEntry;

  it('shows the advice service with tap-to-call, tap-to-email and its web address, each with when and where it was checked', async () => {
    await renderScreen(app, { route: '/help/councils/education-authority-ni' });
    const phone = ea.advice!.phone!;
    const call = await screen.findByRole('link', { name: phone.value });
    expect(call).toHaveAttribute('href', `tel:${phone.value.replace(/\s/g, '')}`);
    const email = ea.advice!.email!;
    expect(await screen.findByRole('link', { name: email.value })).toHaveAttribute('href', `mailto:${email.value}`);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining([ea.advice!.url!.value, ea.page!.value]));
    expect(screen.getAllByText(`Checked on 1 December 2026 on ${host(phone.source)}.`).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Details can change/).length).toBeGreaterThan(0);
  });

  it('copies the checked details into the contact form, ready to save', async () => {
    const user = userEvent.setup();
    await renderScreen(app, { route: '/help/councils/education-authority-ni' });
    const name = ea.advice!.name!.value;
    await user.click(await screen.findByRole('button', { name: `Save ${name} to my contacts` }));
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue(name));
    expect(screen.getByLabelText('Phone (optional)')).toHaveValue(ea.advice!.phone!.value);
    expect(screen.getByLabelText('Email (optional)')).toHaveValue(ea.advice!.email!.value);
    await user.click(screen.getByRole('button', { name: 'Save to my contacts' }));
    expect(await screen.findByText(`Saved “${name}” to your contacts.`)).toBeInTheDocument();
    expect(await getStorage().list('contacts')).toEqual([
      expect.objectContaining({ name, phone: ea.advice!.phone!.value, email: ea.advice!.email!.value, role: 'sendiass' }),
    ]);
  });

  it('in Welsh says when each detail was checked, in Welsh', async () => {
    await renderScreen(app, { route: '/help/councils/education-authority-ni', language: 'cy' });
    expect((await screen.findAllByText(`Gwiriwyd ar 1 Rhagfyr 2026 ar ${host(ea.advice!.phone!.source)}.`)).length).toBeGreaterThan(0);
  });
});

describe('a council page with nothing checked yet', () => {
  const unchecked = (['england', 'wales', 'scotland'] as const)
    .flatMap((n) => read(n).councils)
    .find((c) => !c.page && !c.advice)!;

  it('keeps the words to search for, and says plainly that nothing was checked', async () => {
    await renderScreen(app, { route: `/help/councils/${unchecked.councilId}` });
    const section = (await screen.findAllByRole('heading', { level: 3, name: 'How to find it' }))[0]!.closest('section')!;
    expect(within(section).getByText(/We have not checked a web address or phone number/)).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Copy search text' })).toBeInTheDocument();
    expect(screen.queryByText(/Details we checked/)).not.toBeInTheDocument();
  });
});

describe('a checked detail more than a year old', () => {
  const ea = read('northern-ireland').councils.find((c) => c.councilId === 'education-authority-ni') as DirectoryEntry;
  const site = host(ea.advice!.phone!.source);
  /** The day a year and a month after the detail was checked. */
  const aYearOn = (checked: string) => {
    const [y, m] = checked.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y + 1, m, 15, 12));
  };

  afterEach(() => {
    vi.useRealTimers();
  });

  it('says nothing about age while a detail is less than a year old', async () => {
    await renderScreen(app, { route: '/help/councils/education-authority-ni' });
    expect((await screen.findAllByText(new RegExp(`^Checked on .* on ${site}\\.$`))).length).toBeGreaterThan(0);
    expect(screen.queryByText(/more than a year ago/)).not.toBeInTheDocument();
  });

  it('says it may have changed and how to check it, in English and in Welsh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(aYearOn(ea.advice!.phone!.checked));
    const { unmount } = await renderScreen(app, { route: '/help/councils/education-authority-ni' });
    const old = await screen.findAllByText(
      `Checked more than a year ago, so it may have changed. Before you rely on it, open ${site} and check it is still there, or phone and ask.`,
    );
    expect(old.length).toBeGreaterThan(0);
    unmount();
    await renderScreen(app, { route: '/help/councils/education-authority-ni', language: 'cy' });
    expect((await screen.findAllByText(new RegExp(`^Cafodd ei wirio dros flwyddyn yn ôl.*agorwch ${site.replace(/\./g, '\\.')}`))).length).toBeGreaterThan(0);
  });
});
