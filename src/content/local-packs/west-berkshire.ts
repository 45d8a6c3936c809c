import type { LocalPack } from '../../domain/councils/packs';

/** West Berkshire: facts from the council's web page “Education attendance: barriers to attendance”. Text: locales/en/pack-west-berkshire.json */
const pack: LocalPack = {
  councilId: 'west-berkshire',
  namespace: 'pack-west-berkshire',
  reviewed: '2026-11-22',
  sources: {
    seed000: {
      title: 'Education attendance: barriers to attendance',
      publisher: 'West Berkshire Council',
      // The council's own web page; its exact address has not been checked, so the page is named.
      url: 'West Berkshire Council website, page “Education attendance: barriers to attendance”',
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
