import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import SessionRoutes from '../../../src/features/session/SessionRoutes';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { breakStorage } from '../../support/readsFail';

const COULD_NOT_READ = 'We could not read what is saved on this device';

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="/session/*" element={<SessionRoutes />} />
    </Routes>,
    { route },
  );

beforeEach(async () => {
  await freshStorage();
  await getStorage().startSession();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a volunteer’s session, when the device lets something fail', () => {
  it('the private notes that cannot be read are never shown as an empty box; read again, a note that cannot be saved stays typed', async () => {
    const user = userEvent.setup();
    const familyId = getStorage().session()!.familyId;
    await getStorage().put('notes', { id: `note-${familyId}`, text: 'Mum prefers texts', updatedAt: '2026-11-01T10:00:00.000Z' });
    const broken = breakStorage(['notes']);
    await app('/session/notes');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByLabelText('Notes')).not.toBeInTheDocument();

    broken.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const box = await screen.findByLabelText('Notes');
    expect(box).toHaveValue('Mum prefers texts');
    broken.writes = true;
    await user.type(box, ', not calls');
    expect(await screen.findByText(/^Your notes could not be saved on this device\./)).toHaveAttribute('role', 'alert');
    expect(screen.getByLabelText('Notes')).toHaveValue('Mum prefers texts, not calls');
  });

  it('the end-of-session summary lists the offline copies it could not empty', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('caches', {
      keys: () => Promise.resolve(['workbox-precache-v2', 'pages-runtime']),
      delete: () => Promise.reject(new DOMException('Could not delete', 'UnknownError')),
    });
    await app('/session/end');
    await user.click(await screen.findByRole('button', { name: 'End the session and delete everything from it' }));
    await user.click(screen.getByRole('button', { name: 'Yes, end and delete' }));
    expect(await screen.findByRole('heading', { name: 'The session has ended' })).toBeInTheDocument();
    expect(screen.getByText(/^The app could not empty the pages it kept while it ran/)).toBeInTheDocument();
  });

  it('says so when the camera’s picture cannot be shown, and turns the camera off', async () => {
    const user = userEvent.setup();
    const stop = vi.fn();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { mediaDevices: { getUserMedia: () => Promise.resolve({ getTracks: () => [{ stop }] }) } }));
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockRejectedValue(new DOMException('The picture cannot be shown', 'NotAllowedError'));
    await getStorage().endSession();
    await app('/session/receive');
    await user.click(await screen.findByRole('button', { name: 'Scan with the camera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The camera’s picture could not be shown here, so it has been turned off.');
    expect(stop).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Scan with the camera' })).toBeInTheDocument();
  });

  it('a session that cannot be started says so, and keeps the PIN typed', async () => {
    const user = userEvent.setup();
    await getStorage().endSession();
    vi.spyOn(getStorage(), 'startSession').mockRejectedValue(new DOMException('Could not write', 'UnknownError'));
    await app('/session');
    await user.type(await screen.findByLabelText('A short PIN for this session (optional)'), '4321');
    await user.click(screen.getByRole('button', { name: 'Start the session' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The session could not be started on this device. Nothing has been changed. Please try again.');
    expect(screen.getByLabelText('A short PIN for this session (optional)')).toHaveValue('4321');
  });
});
