/**
 * Towns and districts people type when looking for their council, where the town's name is not in
 * the council's name. Each group names the public page that says the town is in that council's
 * area, and when it was checked. Used only for searching: never shown as a fact.
 */
export interface CouncilTowns {
  councilId: string;
  towns: string[];
  source: { url: string; checked: string };
}

export const COUNCIL_TOWNS: CouncilTowns[] = [
  {
    councilId: 'leeds',
    towns: ['Morley'],
    // Morley Town Council: its planning committee comments on Leeds City Council's applications in Morley.
    source: { url: 'https://www.morley.gov.uk/council/committees/', checked: '2026-12-01' },
  },
  {
    councilId: 'south-lanarkshire',
    towns: ['Lanark', 'Strathaven', 'Carluke', 'Rutherglen', 'Cambuslang'],
    source: { url: 'https://en.wikipedia.org/wiki/South_Lanarkshire', checked: '2026-12-01' },
  },
  {
    // Northern Ireland's 11 district councils have no responsibility for education: the Education
    // Authority serves every one of them, so each district's name finds it.
    councilId: 'education-authority-ni',
    towns: [
      'Antrim and Newtownabbey',
      'Newtownabbey',
      'Ards and North Down',
      'Bangor',
      'Armagh City, Banbridge and Craigavon',
      'Armagh',
      'Banbridge',
      'Craigavon',
      'Causeway Coast and Glens',
      'Coleraine',
      'Derry City and Strabane',
      'Strabane',
      'Fermanagh and Omagh',
      'Enniskillen',
      'Omagh',
      'Lisburn and Castlereagh',
      'Lisburn',
      'Mid and East Antrim',
      'Ballymena',
      'Mid Ulster',
      'Dungannon',
      'Newry, Mourne and Down',
      'Newry',
      'Downpatrick',
    ],
    source: { url: 'https://en.wikipedia.org/wiki/Local_government_in_Northern_Ireland', checked: '2026-12-01' },
  },
];
