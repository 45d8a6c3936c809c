import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { aChild } from '../../support/builders';

beforeEach(async () => {
  await freshStorage();
});

const app = (route: string) => renderScreen(<Routes><Route path="/letters/*" element={<LettersRoutes />} /></Routes>, { route });
const sam: ChildRecord = aChild({ answers: { nation: 'england', 'child-name': 'Sam', barriers: ['send'] }, kept: ['x'] });

describe('details for letters', () => {
  it('saves the details with the child, keeping the answers, and leaves out boxes left empty', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', sam);
    await app('/letters/details');
    await user.type(await screen.findByLabelText('Your child’s full name'), 'Sam Jones');
    await user.type(screen.getByLabelText('Year group'), 'Year 8');
    await user.type(screen.getByLabelText('Your name'), 'Ann Jones');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Details saved. New letters will use them.')).toBeInTheDocument();
    const saved = await getStorage().get('children', 'c1');
    expect(saved?.details).toEqual({ fullName: 'Sam Jones', yearGroup: 'Year 8', parentName: 'Ann Jones' });
    expect(saved?.answers).toEqual(sam.answers);
    expect(saved?.kept).toEqual(['x']);
  });

  it('can be filled in before any questions are answered', async () => {
    const user = userEvent.setup();
    await app('/letters/details');
    await user.type(await screen.findByLabelText('School'), 'Hill School');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await screen.findByText('Details saved. New letters will use them.');
    const children = await getStorage().list('children');
    expect(children).toHaveLength(1);
    expect(children[0]?.details).toEqual({ school: 'Hill School' });
    expect((await getStorage().get('families', getStorage().familyId() ?? ''))?.activeChildId).toBe(children[0]?.id);
  });

  it('fills a new letter with the details: the child’s full name, school, and the parent’s name and address', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', { ...sam, details: { fullName: 'Sam Jones', school: 'Hill School', dateOfBirth: '2013-03-03', parentName: 'Ann Jones', parentAddress: '1 High Street' } });
    await app('/letters');
    await user.click(await screen.findByRole('link', { name: 'Details for letters (name, school, your address)' }));
    expect(await screen.findByLabelText('Your child’s full name')).toHaveValue('Sam Jones');
    await user.click(screen.getByRole('link', { name: 'Back to letters' }));
    await user.click(await screen.findByRole('link', { name: /Ask the council for an EHC needs assessment/ }));
    await waitFor(async () => expect(await getStorage().list('letters')).toHaveLength(1));
    const [letter] = await getStorage().list('letters');
    expect(letter?.senderName).toBe('Ann Jones');
    expect(letter?.senderAddress).toBe('1 High Street');
    expect(letter?.paragraphs.join('\n')).toContain('To help you find Sam’s records: full name Sam Jones; date of birth 3 March 2013.');
    expect(letter?.paragraphs.join('\n')).toContain('Sam goes to Hill School.');
  });

  it('writes the letter in the language chosen for letters, while the app stays in English', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', { ...sam, answers: { ...sam.answers, nation: 'wales' } });
    const { i18n } = await app('/letters');
    // The app loads another language's words when asked; this test's text holds only English, so add them.
    for (const ns of ['letters', 'common']) i18n.addResourceBundle('cy', ns, JSON.parse(readFileSync(join(process.cwd(), `locales/cy/${ns}.json`), 'utf8')));
    await user.selectOptions(await screen.findByLabelText('Language of the letter'), 'cy');
    // Kept on the family, not the device: another family keeps its own.
    await waitFor(async () => expect((await getStorage().get('families', getStorage().familyId()!))?.letterLanguage).toBe('cy'));
    await user.click(await screen.findByRole('link', { name: /Ask for a decision on additional learning needs/ }));
    await waitFor(async () => expect(await getStorage().list('letters')).toHaveLength(1));
    const [letter] = await getStorage().list('letters');
    expect(letter?.greeting).toBe('Annwyl Syr neu Fadam,');
    expect(letter?.signOff).toBe('Yn gywir,');
    expect(letter?.paragraphs[0]).toMatch(/^Rwy’n ysgrifennu/);
  });

  it('asks once: the name and address typed into the first letter fill the details page and the next letter', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', sam);
    await app('/letters');
    await user.click(await screen.findByRole('link', { name: /Reply to a letter about attendance/ }));
    const name = await screen.findByLabelText('Your name');
    // The letter screen says where the details live.
    expect(screen.getByRole('link', { name: /change them once for every letter/ })).toHaveAttribute('href', '/letters/details');
    await user.type(name, 'Ann Jones');
    await user.type(screen.getByLabelText(/^Your address/), '1 High Street');
    await waitFor(async () => expect((await getStorage().list('letters'))[0]?.senderAddress).toBe('1 High Street'));

    await user.click(screen.getByRole('link', { name: /change them once for every letter/ }));
    expect(await screen.findByLabelText('Your name')).toHaveValue('Ann Jones');
    expect(screen.getByLabelText('Your address')).toHaveValue('1 High Street');
    expect(screen.getByText(/We have filled in the name and address you typed into a letter/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to letters' }));
    await user.click(await screen.findByRole('link', { name: /Ask the council for an EHC needs assessment/ }));
    await waitFor(async () => expect(await getStorage().list('letters')).toHaveLength(2));
    const second = (await getStorage().list('letters')).find((l) => l.templateId === 'ehc-request');
    expect(second?.senderName).toBe('Ann Jones');
    expect(second?.senderAddress).toBe('1 High Street');
  });

  it('offers to fill a letter made before the details were given, without typing over anything', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', { ...sam, details: { parentName: 'Ann Jones', parentAddress: '1 High Street' } });
    const at = '2026-11-02T10:00:00.000Z';
    await getStorage().put('letters', {
      id: 'l1', childId: 'c1', templateId: 'support-meeting', createdAt: at, updatedAt: at, nation: 'england',
      senderName: 'A. Jones', senderAddress: '', recipient: '', subject: 'A meeting', greeting: 'Dear Sir or Madam,', paragraphs: ['Hello.'], signOff: 'Yours faithfully,',
    });
    await app('/letters/l1');
    await user.click(await screen.findByRole('button', { name: 'Put them in this letter' }));
    expect(await screen.findByText('Your name and address are now in this letter.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your name')).toHaveValue('A. Jones');
    expect(screen.getByLabelText(/^Your address/)).toHaveValue('1 High Street');
    expect(screen.queryByRole('button', { name: 'Put them in this letter' })).not.toBeInTheDocument();
    await waitFor(async () => expect((await getStorage().get('letters', 'l1'))?.senderAddress).toBe('1 High Street'));
  });
});
