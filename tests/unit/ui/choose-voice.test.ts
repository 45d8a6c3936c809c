import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceInfo } from '../../../src/ui/primitives/chooseVoice';

type Voice = VoiceInfo & { name: string };
const voice = (name: string, lang: string, localService = true, isDefault = false): Voice => ({ name, lang, localService, default: isDefault });

const DEVICE = [
  voice('US English', 'en-US', true, true),
  voice('British English', 'en-GB'),
  voice('Polski', 'pl-PL'),
  voice('Panjabi', 'pa-Guru-IN'),
  voice('Urdu Pakistan', 'ur-PK'),
  voice('Arabic Egypt', 'ar-EG'),
  voice('Welsh', 'cy-GB'),
];

const chosen = (voices: readonly Voice[], language: string) => {
  const c = chooseVoice(voices, language);
  return c.kind === 'none' ? 'none' : `${c.kind}: ${c.voice.name}`;
};

describe('choosing a voice to read aloud', () => {
  it("picks a voice of the page's language whatever its region or script", () => {
    expect(chosen(DEVICE, 'pl')).toBe('local: Polski');
    expect(chosen(DEVICE, 'pa')).toBe('local: Panjabi');
    expect(chosen(DEVICE, 'ur')).toBe('local: Urdu Pakistan');
    expect(chosen([voice('Urdu India', 'ur-IN')], 'ur')).toBe('local: Urdu India');
    expect(chosen(DEVICE, 'ar')).toBe('local: Arabic Egypt');
    expect(chosen(DEVICE, 'cy')).toBe('local: Welsh');
  });

  it('prefers a British English voice for English, even over the device default', () => {
    expect(chosen(DEVICE, 'en')).toBe('local: British English');
    expect(chosen([voice('US English', 'en-US')], 'en')).toBe('local: US English');
  });

  it('reads language tags written the other ways devices write them', () => {
    expect(chosen([voice('Welsh', 'cy_GB')], 'cy')).toBe('local: Welsh');
    expect(chosen([voice('Polish', 'POL-pl')], 'pl')).toBe('local: Polish');
    expect(chosen([voice('Romanian', 'ro-RO')], 'ro-RO')).toBe('local: Romanian');
  });

  it("never picks another language's voice: with none for the language there is none", () => {
    expect(chosen(DEVICE, 'ro')).toBe('none');
    expect(chosen([], 'cy')).toBe('none');
    // A Hindi or Urdu voice is not a Panjabi one.
    expect(chosen([voice('Hindi', 'hi-IN'), voice('Urdu', 'ur-PK')], 'pa')).toBe('none');
    expect(chosen(DEVICE, '')).toBe('none');
  });

  it('prefers a voice on the device to one that works over the internet, whatever the region', () => {
    const voices = [voice('Google UK English', 'en-GB', false, true), voice('Local US', 'en-US')];
    expect(chosen(voices, 'en')).toBe('local: Local US');
  });

  it('says when the only voice for the language works over the internet', () => {
    const voices = [voice('Google Polski', 'pl-PL', false), voice('Welsh', 'cy-GB')];
    expect(chosen(voices, 'pl')).toBe('network: Google Polski');
  });
});
