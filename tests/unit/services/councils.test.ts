import { describe, expect, it } from 'vitest';
import { COUNCILS } from '../../../src/content/councils';
import { councilsIn, findCouncil, searchCouncils } from '../../../src/content/councilSearch';

const first = (q: string) => searchCouncils(q)[0]?.id;

describe('the council list', () => {
  it('has every education authority: 153 in England, 22 in Wales, 32 in Scotland and one for Northern Ireland', () => {
    expect(councilsIn('england')).toHaveLength(153);
    expect(councilsIn('wales')).toHaveLength(22);
    expect(councilsIn('scotland')).toHaveLength(32);
    expect(councilsIn('northern-ireland').map((c) => c.id)).toEqual(['education-authority-ni']);
  });

  it('has unique ids in lower-case-with-hyphens and no empty names', () => {
    const ids = COUNCILS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COUNCILS) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.name.trim()).not.toBe('');
    }
  });

  it('reflects the recent reorganisations and not the councils they replaced', () => {
    for (const id of [
      'cumberland',
      'westmorland-and-furness',
      'north-yorkshire',
      'somerset',
      'bournemouth-christchurch-and-poole',
      'dorset',
      'north-northamptonshire',
      'west-northamptonshire',
      'buckinghamshire',
    ]) {
      expect(findCouncil(id)?.nation).toBe('england');
    }
    for (const gone of ['cumbria', 'northamptonshire', 'poole', 'bournemouth']) expect(findCouncil(gone)).toBeUndefined();
  });
});

describe('searching for a council as you type', () => {
  it('finds West Berkshire from "West Berks" and Hammersmith and Fulham from "H&F" or "Hammersmith"', () => {
    expect(first('West Berks')).toBe('west-berkshire');
    expect(first('west berks')).toBe('west-berkshire');
    expect(first('H&F')).toBe('hammersmith-and-fulham');
    expect(first('h & f')).toBe('hammersmith-and-fulham');
    expect(first('Hammersmith')).toBe('hammersmith-and-fulham');
    expect(first('LBHF')).toBe('hammersmith-and-fulham');
    expect(first('London Borough of Hammersmith & Fulham')).toBe('hammersmith-and-fulham');
  });

  it('understands short forms, initials and big towns', () => {
    expect(first('Brighton')).toBe('brighton-and-hove');
    expect(first('Kingston')).toBe('kingston-upon-thames');
    expect(first('RBKC')).toBe('kensington-and-chelsea');
    expect(first('Bristol')).toBe('bristol');
    expect(first('BCP')).toBe('bournemouth-christchurch-and-poole');
    expect(first('Herts')).toBe('hertfordshire');
    expect(first('Hull')).toBe('kingston-upon-hull');
  });

  it('ignores case, punctuation and words like council, borough and city of', () => {
    expect(first('WEST BERKSHIRE COUNCIL')).toBe('west-berkshire');
    expect(first('City of Bristol')).toBe('bristol');
    expect(first('Royal Borough of Kensington and Chelsea')).toBe('kensington-and-chelsea');
    expect(first('Stoke on Trent')).toBe('stoke-on-trent');
    expect(first('City of London')).toBe('city-of-london');
    expect(first('Glasgow City Council')).toBe('glasgow-city');
  });

  it('treats "St" and "Saint" alike, and still lets "St" start a name', () => {
    expect(first('Saint Helens')).toBe('st-helens');
    expect(first('St. Helens')).toBe('st-helens');
    const st = searchCouncils('st', undefined, 50).map((c) => c.id);
    expect(st).toContain('st-helens');
    expect(st).toContain('stockport');
  });

  it('finds Welsh councils by their Welsh names, with or without accents', () => {
    expect(first('Ynys Môn')).toBe('isle-of-anglesey');
    expect(first('ynys mon')).toBe('isle-of-anglesey');
    expect(first('Cyngor Sir Ynys Môn')).toBe('isle-of-anglesey');
    expect(first('Caerdydd')).toBe('cardiff');
    expect(first('Wrecsam')).toBe('wrexham');
  });

  it('ranks names that start with what was typed above names that only contain it', () => {
    const ids = searchCouncils('west', undefined, 20).map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual(expect.arrayContaining(['west-berkshire']));
    expect(ids.indexOf('west-berkshire')).toBeLessThan(ids.indexOf('cheshire-west-and-chester'));
    expect(first('smith')).toBe('hammersmith-and-fulham');
  });

  it('finds old names of reorganised councils: Cumbria finds both new councils', () => {
    const ids = searchCouncils('Cumbria').map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['cumberland', 'westmorland-and-furness']));
  });

  it('keeps to one nation when asked, respects the limit and finds nothing for nothing', () => {
    expect(searchCouncils('Newport', 'wales').map((c) => c.id)).toEqual(['newport']);
    expect(searchCouncils('West', 'scotland').every((c) => c.nation === 'scotland')).toBe(true);
    expect(searchCouncils('e', undefined, 3)).toHaveLength(3);
    expect(searchCouncils('   ')).toEqual([]);
    expect(searchCouncils('zzzz')).toEqual([]);
  });

  it('finds Northern Ireland’s Education Authority from "Northern Ireland" or "Belfast"', () => {
    expect(first('Northern Ireland')).toBe('education-authority-ni');
    expect(first('Belfast')).toBe('education-authority-ni');
  });

  it('finds councils from the short forms people really type', () => {
    expect(first('Brum')).toBe('birmingham');
    expect(first("B'ham")).toBe('birmingham');
    expect(first('Bham')).toBe('birmingham');
    expect(first('Notts')).toBe('nottinghamshire');
    expect(first('Nottm')).toBe('nottingham');
    expect(first('Mcr')).toBe('manchester');
    expect(first("L'pool")).toBe('liverpool');
    expect(first('Tower Hamlets')).toBe('tower-hamlets');
    expect(first('Glasgow')).toBe('glasgow-city');
    expect(first('Cardiff')).toBe('cardiff');
    expect(first('Rhondda')).toBe('rhondda-cynon-taf');
    expect(first('Pembs')).toBe('pembrokeshire');
    expect(first('Carms')).toBe('carmarthenshire');
    expect(first('Co. Durham')).toBe('durham');
    expect(first('Sth Glos')).toBe('south-gloucestershire');
  });

  it('finds both councils called Newcastle: upon Tyne first, then Staffordshire for Newcastle-under-Lyme', () => {
    expect(searchCouncils('Newcastle').map((c) => c.id)).toEqual(['newcastle-upon-tyne', 'staffordshire']);
    expect(first('Newcastle-under-Lyme')).toBe('staffordshire');
  });

  it('finds the county council from a big town in it, as the search hint promises', () => {
    expect(first('Watford')).toBe('hertfordshire');
    expect(first('Preston')).toBe('lancashire');
    expect(first('Maidstone')).toBe('kent');
    expect(first('Exeter')).toBe('devon');
  });

  it('offers the City of London, not Northern Ireland, first for "London"', () => {
    expect(first('London')).toBe('city-of-london');
  });

  it('still finds the council when a word is misspelt by a letter or two', () => {
    expect(first('Birmingam')).toBe('birmingham');
    expect(first('Brimingham')).toBe('birmingham');
    expect(first('Manchster')).toBe('manchester');
    expect(first('Liverpol')).toBe('liverpool');
    expect(first('Edinbrugh')).toBe('city-of-edinburgh');
    expect(first('Glasow')).toBe('glasgow-city');
    expect(first('Belfst')).toBe('education-authority-ni');
    expect(first('Hamersmith')).toBe('hammersmith-and-fulham');
    expect(first('Harringay')).toBe('haringey');
    expect(first('Middlesborough')).toBe('middlesbrough');
    expect(first('Rhondda Cynon Taff')).toBe('rhondda-cynon-taf');
    expect(first('Towerhamlets')).toBe('tower-hamlets');
    expect(first('Cardfif')).toBe('cardiff');
    expect(first('Abertawa')).toBe('swansea');
  });

  it('keeps exact matches clean: a slip is only allowed for when nothing matches as typed', () => {
    expect(searchCouncils('Kent').map((c) => c.id)).toEqual(['kent']);
    expect(searchCouncils('Brent').map((c) => c.id)).toEqual(['brent']);
    expect(searchCouncils('Glasgow', 'wales')).toEqual([]);
  });

  it('looks a council up by id and returns nothing for an unknown id', () => {
    expect(findCouncil('west-berkshire')?.name).toBe('West Berkshire');
    expect(findCouncil('nowhere')).toBeUndefined();
    expect(findCouncil(undefined)).toBeUndefined();
  });
});

describe('towns and districts inside a council', () => {
  it('finds the council from a town people type (Morley is in Leeds, Lanark in South Lanarkshire)', () => {
    expect(first('Morley')).toBe('leeds');
    expect(first('Lanark')).toBe('south-lanarkshire');
    expect(first('Carluke')).toBe('south-lanarkshire');
  });

  it('finds Northern Ireland’s Education Authority from any district council’s name', () => {
    for (const q of ['Derry', 'Derry City and Strabane', 'Strabane', 'Enniskillen', 'Armagh City, Banbridge and Craigavon']) {
      expect(first(q), q).toBe('education-authority-ni');
    }
  });

  it('does not turn "Derry" into Derby when the family said they live in England, so they can be told it is in Northern Ireland', () => {
    expect(searchCouncils('Derry', 'england')).toEqual([]);
    expect(searchCouncils('Derry')[0]?.nation).toBe('northern-ireland');
    // A real slip in England is still forgiven.
    expect(searchCouncils('Derbyshir', 'england')[0]?.id).toBe('derbyshire');
  });

  it('names a public page and a checked date for every group of towns', async () => {
    const { COUNCIL_TOWNS } = await import('../../../src/content/councilTowns');
    for (const group of COUNCIL_TOWNS) {
      expect(findCouncil(group.councilId), group.councilId).toBeDefined();
      expect(group.source.url).toMatch(/^https:\/\//);
      expect(group.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(group.towns.length).toBeGreaterThan(0);
    }
  });
});
