import type { LocalPack } from '../../domain/councils/packs';

/**
 * Hammersmith and Fulham: facts from the appendix to the borough's School Attendance Strategy
 * 2024 to 2029. Text: locales/en/pack-hammersmith-and-fulham.json
 */
const pack: LocalPack = {
  councilId: 'hammersmith-and-fulham',
  namespace: 'pack-hammersmith-and-fulham',
  reviewed: '2026-11-22',
  sources: {
    seed001: {
      title: 'H&F School Attendance Strategy 2024 to 2029, Appendix 1: services working to ensure good attendance',
      publisher: 'Hammersmith & Fulham Council',
      url: 'https://lbhf.gov.uk/children-and-young-people/schools-and-colleges/hf-school-attendance-strategy-2024-2029/appendix-1-services-working-ensure-good-attendance',
      checked: '2026-12-01',
    },
  },
  items: [
    { id: 'early-help', kind: 'team', role: 'early-help', sources: ['seed001'] },
    { id: 'ace-team', kind: 'team', role: 'attendance-officer', sources: ['seed001'] },
    { id: 'school-attendance-support-officer', kind: 'team', role: 'attendance-officer', sources: ['seed001'] },
    { id: 'medical-needs-pathway', kind: 'pathway', sources: ['seed001'] },
    { id: 'educational-psychology', kind: 'service', role: 'educational-psychologist', sources: ['seed001'] },
    { id: 'inspire', kind: 'service', sources: ['seed001'] },
    { id: 'ordinarily-available', kind: 'information', sources: ['seed001'] },
    { id: 'virtual-school', kind: 'service', sources: ['seed001'] },
  ],
};

export default pack;
