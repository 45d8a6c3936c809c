import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import ServicesRoutes from '../../../src/features/services/ServicesRoutes';
import { localPackFile, type LocalPackRecord } from '../../../src/domain/localPacks';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { hostileFiles } from '../../support/hostile';

const app = (
  <Routes>
    <Route path="help/*" element={<ServicesRoutes />} />
  </Routes>
);

const pack = (over: Partial<LocalPackRecord> = {}): LocalPackRecord => ({
  id: 'kirklees-parent-forum-ab12',
  name: 'Kirklees parent forum',
  updatedAt: '2026-11-03T10:00:00.000Z',
  services: [
    { id: 's1', name: 'Kirklees Family Hub', helpsWith: 'Help for families', phone: '01484 000000', councilId: 'kirklees', checkedBy: 'Sam', checkedOn: '2026-11-03', howToCheck: 'Ring the hub.' },
    { id: 's2', name: 'Old Drop-in', helpsWith: 'A weekly drop-in', councilId: 'kirklees', checkedBy: 'Jo', checkedOn: '2024-05-01', howToCheck: 'Ask at the library.' },
  ],
  ...over,
});

beforeEach(async () => {
  await freshStorage();
});

describe('local services on a council’s page', () => {
  it('shows each as added on this device, with who checked it, apart from the details we checked; an old one says so and how to check it', async () => {
    await getStorage().put('localPacks', pack());
    await renderScreen(app, { route: '/help/councils/kirklees' });
    const section = (await screen.findByRole('heading', { name: 'Local services added on this device' })).closest('section')!;
    const hub = (await within(section).findByRole('heading', { name: 'Kirklees Family Hub' })).closest('div')!;
    expect(within(hub).getByText('Added on this device by Sam. Checked 3 November 2026. From “Kirklees parent forum”.')).toBeInTheDocument();
    expect(within(hub).getByRole('link', { name: '01484 000000' })).toHaveAttribute('href', 'tel:01484000000');
    expect(within(hub).queryByText(/more than a year ago/)).toBeNull();
    const old = within(section).getByRole('heading', { name: 'Old Drop-in' }).closest('div')!;
    expect(within(old).getByText(/checked more than a year ago \(1 May 2024\).*How to check it again: Ask at the library\./)).toBeInTheDocument();
    // Never among the checked directory's details.
    for (const h of screen.queryAllByText('Details we checked')) expect(h.closest('section')!.textContent).not.toContain('Kirklees Family Hub');
  });

  it('offers a local service as a suggestion for the contact form', async () => {
    await getStorage().put('localPacks', pack());
    await renderScreen(app, { route: '/help/councils/kirklees' });
    await userEvent.click(await screen.findByRole('button', { name: 'Save Kirklees Family Hub to my contacts' }));
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Kirklees Family Hub');
    expect(screen.getByLabelText(/^Phone/)).toHaveValue('01484 000000');
  });
});

describe('adding and changing a local service', () => {
  it('adds a service in a new pack, then changes it', async () => {
    await renderScreen(app, { route: '/help/local-services/new?council=kirklees' });
    await userEvent.click(await screen.findByRole('button', { name: 'Save the service' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Enter a name for the new local pack')).toBeInTheDocument();
    expect(within(summary).getByText('Say who checked it')).toBeInTheDocument();
    expect(await getStorage().list('localPacks')).toEqual([]);

    await userEvent.type(screen.getByLabelText('Name of the new local pack'), 'Kirklees parent forum');
    await userEvent.type(screen.getByLabelText('Name of the service'), 'Family Hub');
    await userEvent.type(screen.getByLabelText('What it helps with'), 'Help for families');
    await userEvent.type(screen.getByLabelText('Web address (optional)'), 'javascript:alert(1)');
    await userEvent.type(screen.getByLabelText(/^Who checked it/), 'Sam');
    await userEvent.type(screen.getByLabelText(/^How someone can check it again/), 'Ring them.');
    await userEvent.click(screen.getByRole('button', { name: 'Save the service' }));
    expect(await screen.findAllByText('Enter a web address that starts with https, or leave it empty')).not.toHaveLength(0);
    await userEvent.clear(screen.getByLabelText('Web address (optional)'));
    await userEvent.type(screen.getByLabelText('Web address (optional)'), 'https://example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Save the service' }));

    expect(await screen.findByText(/Saved Family Hub in “Kirklees parent forum”/)).toBeInTheDocument();
    const [saved] = await getStorage().list('localPacks');
    expect(saved).toMatchObject({ name: 'Kirklees parent forum', services: [{ name: 'Family Hub', councilId: 'kirklees', website: 'https://example.org', checkedBy: 'Sam' }] });

    await userEvent.click(await screen.findByRole('link', { name: 'Change Family Hub' }));
    const name = await screen.findByLabelText('Name of the service');
    await userEvent.clear(name);
    await userEvent.type(name, 'Kirklees Family Hub');
    await userEvent.click(screen.getByRole('button', { name: 'Save the service' }));
    expect(await screen.findByRole('heading', { name: 'Kirklees Family Hub' })).toBeInTheDocument();
    const [changed] = await getStorage().list('localPacks');
    expect(changed!.services).toHaveLength(1);
    expect(Date.parse(changed!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(saved!.updatedAt));
  });
});

const choose = (text: string, name = 'pack.json') => new File([text], name, { type: 'application/json' });

describe('adding a pack from another volunteer', () => {
  it('shows what the pack holds before adding it, and adds it only when asked', async () => {
    await renderScreen(app, { route: '/help/packs' });
    await userEvent.upload(await screen.findByLabelText('Choose a pack’s file'), choose(localPackFile(pack())));
    expect(await screen.findByRole('heading', { name: 'This pack holds: Kirklees parent forum, 2 services, checked 3 November 2026.' })).toBeInTheDocument();
    expect(await getStorage().list('localPacks')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Add the pack' }));
    expect(await screen.findByText('Added “Kirklees parent forum”.')).toBeInTheDocument();
    expect(await getStorage().list('localPacks')).toEqual([pack()]);
  });

  it('replaces an older copy only after asking, and leaves a same or older copy alone', async () => {
    await getStorage().put('localPacks', pack());
    await renderScreen(app, { route: '/help/packs' });
    const input = await screen.findByLabelText('Choose a pack’s file');
    await userEvent.upload(input, choose(localPackFile(pack({ updatedAt: '2026-10-01T10:00:00.000Z', name: 'Older' }))));
    expect(await screen.findByText(/already has this pack/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add the pack|Replace/ })).toBeNull();

    const newer = pack({ updatedAt: '2026-11-20T10:00:00.000Z', services: [pack().services[0]!] });
    await userEvent.upload(input, choose(localPackFile(newer)));
    expect(await screen.findByText(/has an older copy of this pack/)).toBeInTheDocument();
    expect(await getStorage().list('localPacks')).toEqual([pack()]);
    await userEvent.click(screen.getByRole('button', { name: 'Replace the older copy' }));
    expect(await screen.findByText('Replaced “Kirklees parent forum” with the newer copy.')).toBeInTheDocument();
    expect(await getStorage().list('localPacks')).toEqual([newer]);
  });

  it('refuses bad pack files, a family’s backup and hostile files, with nothing changed', async () => {
    await getStorage().put('localPacks', pack());
    await renderScreen(app, { route: '/help/packs' });
    const input = await screen.findByLabelText('Choose a pack’s file');
    await userEvent.upload(input, choose(JSON.stringify({ format: 'barriers-navigator-backup', schemaVersion: 3, exportedAt: '2026-11-03T10:00:00.000Z', data: {} })));
    expect(await screen.findByText('This is not a local pack from this app. Nothing has been changed.')).toBeInTheDocument();
    await userEvent.upload(input, choose(localPackFile({ ...pack(), name: '' })));
    expect(await screen.findByText(/This pack is damaged/)).toBeInTheDocument();
    let n = 0;
    for (const file of hostileFiles(18)) {
      await userEvent.upload(input, new File([file.bytes as BlobPart], `hostile-${n++}.json`));
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Nothing has been changed.'));
    }
    expect(await getStorage().list('localPacks')).toEqual([pack()]);
  });

  it('removes a pack after asking', async () => {
    await getStorage().put('localPacks', pack());
    await renderScreen(app, { route: '/help/packs' });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove “Kirklees parent forum”' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(await screen.findByText('Removed “Kirklees parent forum”.')).toBeInTheDocument();
    expect(await getStorage().list('localPacks')).toEqual([]);
  });
});
