import type { LocalPack } from '../../domain/councils/packs';

/** West Berkshire: facts from seed 000 (the council's page on barriers to attendance). Text: locales/en/pack-west-berkshire.json */
const pack: LocalPack = {
  councilId: 'west-berkshire',
  namespace: 'pack-west-berkshire',
  reviewed: '2026-11-22',
  sources: {
    seed000: {
      title: 'Education attendance: barriers to attendance (seed 000)',
      publisher: 'West Berkshire Council',
      url: '/work/shared/seeds/000_896ecadf188722e8.txt',
      checked: '2026-11-22',
    },
  },
  items: [
    { id: 'early-response-hub', kind: 'team', role: 'early-help', sources: ['seed000'] },
    { id: 'educafe', kind: 'information', sources: ['seed000'] },
    { id: 'targeting-support-meetings', kind: 'meeting', sources: ['seed000'] },
    { id: 'attendance-support-plans', kind: 'plan', role: 'attendance-officer', sources: ['seed000'] },
    { id: 'safeguarding-partnership', kind: 'information', sources: ['seed000'] },
  ],
};

export default pack;
