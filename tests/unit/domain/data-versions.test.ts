import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/domain/import';
import { migrateData } from '../../../src/domain/migrate';
import { storedSchemas } from '../../../src/domain/recordSchemas';
import { SCHEMA_VERSION, STORE_NAMES } from '../../../src/domain/schema';

/*
 * The frozen files in tests/fixtures: the same family saved by each data version of the app, in
 * that version's own shape. Each must open in today's app with nothing a person would look for lost.
 */
const fixture = (version: number) => readFileSync(join(__dirname, '../../fixtures', `data-v${version}.json`), 'utf8');
const VERSIONS = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

describe('data saved by every version of the app', () => {
  it('has a frozen file for each data version up to today’s', () => {
    for (const v of VERSIONS) expect(JSON.parse(fixture(v)).schemaVersion).toBe(v);
  });

  it.each(VERSIONS)('version %i migrates to records that today’s schemas accept', (version) => {
    const file = JSON.parse(fixture(version)) as { data: Record<string, unknown[]> };
    const data = migrateData(file.data, version);
    for (const store of STORE_NAMES) {
      for (const record of data[store] ?? []) expect(storedSchemas[store].safeParse(record).error, `${store} ${JSON.stringify(record)}`).toBeUndefined();
    }
  });

  it.each(VERSIONS)('version %i opens with Cai’s name, answers, plan, letter and contacts as the family left them', (version) => {
    const result = parseBackup(fixture(version));
    if (!result.ok) throw new Error(`refused: ${result.reason} ${result.what ?? ''}`);
    expect(result.fromVersion).toBe(version);
    const { data } = result.snapshot;
    // One family, holding everything.
    expect(data.families).toHaveLength(1);
    const family = data.families[0]!;
    for (const store of ['children', 'plans', 'letters', 'contacts', 'attendance', 'contactLog'] as const) {
      for (const r of data[store]) expect(r.familyId).toBe(family.id);
    }
    // The choices that were once the device's are the family's.
    expect(family).toMatchObject({ councilId: 'cardiff', lettersNation: 'wales', activeChildId: 'child-cai' });

    const cai = data.children[0]!;
    expect(cai.displayName).toBe('Cai');
    expect(cai.answers).toEqual({
      nation: 'wales',
      role: 'parent',
      'child-name': 'Cai',
      council: 'cardiff',
      barriers: ['anxiety', 'send'],
      'child-hard': 'The noise in the corridors between lessons',
    });
    expect(cai.kept).toEqual(['needs-noticed:meeting']);

    const content = data.plans[0]!.cycles[0]!.content;
    expect(content.strengths.map((s) => s.text)).toEqual(['Cai is kind to younger children']);
    expect(content.parentVoice).toBe('We want a calm start to the day.');
    expect(content.actions[0]).toMatchObject({ what: 'Meet the ALNCo', byWhen: '2025-10-20', status: 'in-progress' });

    const letter = data.letters[0]!;
    expect(letter).toMatchObject({ childId: 'child-cai', nation: 'wales', sentOn: '2025-10-03', senderName: 'Rhian Jones' });
    expect(letter.paragraphs[0]).toBe('I am writing to ask the school to decide whether Cai has additional learning needs.');
    expect(data.contacts.map((c) => c.name)).toEqual(['Mr Evans']);
  });

  it.each(VERSIONS.filter((v) => v >= 2))('version %i keeps the diary and the contact log', (version) => {
    const result = parseBackup(fixture(version));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const { attendance, contactLog } = result.snapshot.data;
    expect(attendance.map((d) => [d.date, d.status, d.note])).toEqual([
      ['2025-10-06', 'not-in', 'Could not get out of the car'],
      ['2025-10-07', 'part', undefined],
    ]);
    expect(contactLog[0]).toMatchObject({ who: 'Mr Evans', how: 'call', said: 'Asked for a meeting about the corridors', followUpOn: '2025-10-14', key: true });
  });

  it.each(VERSIONS.filter((v) => v >= 3))('version %i keeps the family’s name, the details for letters and the letter language', (version) => {
    const result = parseBackup(fixture(version));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const { families, children } = result.snapshot.data;
    expect(families[0]).toMatchObject({ id: 'family-jones', name: 'The Joneses', letterLanguage: 'cy' });
    expect(children[0]?.details).toEqual({ fullName: 'Cai Rhys Jones', dateOfBirth: '2014-05-03', school: 'Ysgol y Parc', yearGroup: 'Blwyddyn 7', parentName: 'Rhian Jones' });
  });

  it('version 4 keeps the case: its request, what happened, the reports and the bundle', () => {
    const result = parseBackup(fixture(4));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const [c] = result.snapshot.data.cases;
    expect(c).toMatchObject({ childId: 'child-cai', request: 'aln', events: [{ kind: 'requested', on: '2025-10-03' }], reports: [{ title: "Educational psychologist's report" }] });
    expect(c?.bundle?.asks[0]?.evidence).toEqual(['diary:day-1', 'report:r1']);
  });
});
