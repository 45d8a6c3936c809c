import { describe, expect, it } from 'vitest';
import { basenameFor, pathIn, splitPath } from '../../../src/app/language';

describe('the language in the address', () => {
  it('reads Welsh from /cy and English from any other address', () => {
    expect(splitPath('/cy/plan')).toEqual({ language: 'cy', path: '/plan' });
    expect(splitPath('/cy')).toEqual({ language: 'cy', path: '/' });
    expect(splitPath('/plan')).toEqual({ language: 'en', path: '/plan' });
    expect(splitPath('/')).toEqual({ language: 'en', path: '/' });
    // Not a language: a page whose name starts with the same letters, or a code the app does not have.
    expect(splitPath('/cymru')).toEqual({ language: 'en', path: '/cymru' });
    expect(splitPath('/fr/plan')).toEqual({ language: 'en', path: '/fr/plan' });
    expect(splitPath('/en/plan')).toEqual({ language: 'en', path: '/en/plan' });
  });

  it('writes an app path in a language, and back again', () => {
    expect(pathIn('cy', '/support/library')).toBe('/cy/support/library');
    expect(pathIn('cy', '/')).toBe('/cy');
    expect(pathIn('en', '/support/library')).toBe('/support/library');
    expect(basenameFor('en')).toBe('');
    expect(basenameFor('cy')).toBe('/cy');
    for (const path of ['/', '/plan', '/help/contacts']) expect(splitPath(pathIn('cy', path))).toEqual({ language: 'cy', path });
  });
});
