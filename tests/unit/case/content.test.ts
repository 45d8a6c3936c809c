import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/case.json';
import cy from '../../../locales/cy/case.json';
import { CASE_MODELS, NATION_OF, REQUEST_OF } from '../../../src/content/case';
import { SOURCES } from '../../../src/content/sources';
import { CASE_REQUESTS } from '../../../src/domain/case/types';

const get = (o: unknown, key: string) => key.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);

describe('the case models', () => {
  it('give each nation its own request, and each request back its nation', () => {
    for (const request of CASE_REQUESTS) expect(REQUEST_OF[NATION_OF[request]]).toBe(request);
  });

  it('name only words that exist in English and Welsh, and only sources that exist', () => {
    const missing: string[] = [];
    for (const model of Object.values(CASE_MODELS)) {
      const keys = [...model.routeKeys, `ombudsman.${model.ombudsman}`, `request.${model.request}`, ...model.stages.map((s) => `stage.${model.request}.${s}`)];
      for (const def of Object.values(model.events)) {
        keys.push(`event.${model.request}.${def.kind}`, def.stepKey, ...def.next.map((k) => `event.${model.request}.${k}`));
        if (def.letter) keys.push(`letters.${def.letter}`);
        for (const rule of def.due) {
          keys.push(rule.textKey, rule.basisKey);
          for (const s of rule.sources ?? []) if (!(s in SOURCES)) missing.push(`source ${s}`);
          if (rule.from && !model.events[rule.from]) missing.push(`${model.request}: from ${rule.from}`);
        }
        if (def.stage && !model.stages.includes(def.stage)) missing.push(`${model.request}: stage ${def.stage}`);
      }
      for (const key of keys) for (const [lang, text] of [['en', en], ['cy', cy]] as const) if (typeof get(text, key) !== 'string') missing.push(`${lang} ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('never sends a family in Wales, Scotland or Northern Ireland to England\'s mediation certificate or EHC words', () => {
    for (const request of ['aln', 'asn', 'ni-statutory'] as const) {
      const model = CASE_MODELS[request];
      expect(Object.values(model.events).some((d) => d.letter === 'mediation')).toBe(false);
      expect(model.events.certificate).toBeUndefined();
      for (const kind of Object.keys(model.events)) expect(get(en, `event.${request}.${kind}`)).not.toMatch(/EHC/);
    }
  });
});
