import type { Council } from '../domain/councils/types';
import { sortByName } from '../domain/councils/search';
import { COUNCIL_TOWNS } from './councilTowns';
export type { Council } from '../domain/councils/types';

/**
 * Every local authority responsible for education in England (153), Wales (22) and Scotland (32),
 * and Northern Ireland's Education Authority as the one entry for Northern Ireland.
 *
 * Reviewed 2026-06: includes the 2019 (Bournemouth, Christchurch and Poole; Dorset), 2020
 * (Buckinghamshire), 2021 (North and West Northamptonshire) and 2023 (Cumberland; Westmorland and
 * Furness; North Yorkshire; Somerset) changes. Old names stay as aliases so people who still use
 * them find the council that now covers them.
 *
 * Aliases are for searching only. They are never shown as a fact about the council.
 *
 * Last reviewed 2026-11-22.
 */

type Row = [id: string, name: string, aliases?: string[]];

const england: Row[] = [
  // County councils
  ['cambridgeshire', 'Cambridgeshire', ['Cambs', 'Cambridgeshire County Council', 'Cambridge', 'Ely', 'Huntingdon']],
  ['derbyshire', 'Derbyshire', ['Derbys', 'Derbyshire County Council', 'Chesterfield']],
  ['devon', 'Devon', ['Devon County Council', 'Exeter', 'Barnstaple']],
  ['east-sussex', 'East Sussex', ['E Sussex', 'ESCC', 'East Sussex County Council', 'Eastbourne', 'Hastings', 'Lewes']],
  ['essex', 'Essex', ['Essex County Council', 'ECC', 'Chelmsford', 'Colchester', 'Basildon', 'Harlow']],
  ['gloucestershire', 'Gloucestershire', ['Glos', 'Gloucs', 'Gloucester', 'Gloucestershire County Council', 'Cheltenham']],
  ['hampshire', 'Hampshire', ['Hants', 'Hampshire County Council', 'HCC', 'Winchester', 'Basingstoke']],
  ['hertfordshire', 'Hertfordshire', ['Herts', 'Hertfordshire County Council', 'Watford', 'St Albans', 'Stevenage', 'Hemel Hempstead']],
  ['kent', 'Kent', ['Kent County Council', 'KCC', 'Maidstone', 'Canterbury', 'Ashford', 'Dartford', 'Tunbridge Wells', 'Folkestone']],
  ['lancashire', 'Lancashire', ['Lancs', 'Lancashire County Council', 'Preston', 'Lancaster', 'Burnley', 'Chorley']],
  ['leicestershire', 'Leicestershire', ['Leics', 'Leicestershire County Council', 'Loughborough']],
  ['lincolnshire', 'Lincolnshire', ['Lincs', 'Lincolnshire County Council', 'Lincoln', 'Boston', 'Grantham']],
  ['norfolk', 'Norfolk', ['Norfolk County Council', 'Norwich', 'Great Yarmouth', 'Kings Lynn']],
  ['nottinghamshire', 'Nottinghamshire', ['Notts', 'Nottinghamshire County Council', 'Mansfield', 'Newark']],
  ['oxfordshire', 'Oxfordshire', ['Oxon', 'Oxford', 'Oxfordshire County Council', 'Banbury']],
  ['staffordshire', 'Staffordshire', ['Staffs', 'Staffordshire County Council', 'Newcastle-under-Lyme', 'Tamworth', 'Burton upon Trent']],
  ['suffolk', 'Suffolk', ['Suffolk County Council', 'Ipswich', 'Bury St Edmunds', 'Lowestoft']],
  ['surrey', 'Surrey', ['Surrey County Council', 'SCC', 'Guildford', 'Woking', 'Epsom']],
  ['warwickshire', 'Warwickshire', ['Warks', 'Warwickshire County Council', 'Nuneaton', 'Rugby', 'Leamington Spa']],
  ['west-sussex', 'West Sussex', ['W Sussex', 'WSCC', 'West Sussex County Council', 'Crawley', 'Worthing', 'Chichester', 'Horsham']],
  ['worcestershire', 'Worcestershire', ['Worcs', 'Worcester', 'Worcestershire County Council', 'Redditch', 'Kidderminster']],

  // Unitary authorities
  ['bath-and-north-east-somerset', 'Bath and North East Somerset', ['BANES', 'B&NES', 'Bath', 'BathNES']],
  ['bedford', 'Bedford', ['Bedford Borough', 'Beds']],
  ['blackburn-with-darwen', 'Blackburn with Darwen', ['Blackburn', 'Darwen', 'BwD']],
  ['blackpool', 'Blackpool'],
  [
    'bournemouth-christchurch-and-poole',
    'Bournemouth, Christchurch and Poole',
    ['BCP', 'Bournemouth', 'Christchurch', 'Poole'],
  ],
  ['bracknell-forest', 'Bracknell Forest', ['Bracknell', 'BFC']],
  ['brighton-and-hove', 'Brighton and Hove', ['Brighton', 'Hove', 'B&H', 'Brighton & Hove City Council']],
  ['bristol', 'Bristol', ['City of Bristol', 'Bristol City Council']],
  ['buckinghamshire', 'Buckinghamshire', ['Bucks', 'Buckinghamshire Council', 'Aylesbury', 'High Wycombe']],
  ['central-bedfordshire', 'Central Bedfordshire', ['Central Beds', 'C Beds', 'CBC', 'Beds']],
  ['cheshire-east', 'Cheshire East', ['CEC', 'East Cheshire', 'Crewe', 'Macclesfield', 'Cheshire']],
  [
    'cheshire-west-and-chester',
    'Cheshire West and Chester',
    ['CWAC', 'CW&C', 'Chester', 'West Cheshire', 'Cheshire'],
  ],
  ['cornwall', 'Cornwall', ['Kernow', 'Cornwall Council']],
  ['cumberland', 'Cumberland', ['Cumbria', 'Carlisle', 'Workington', 'Whitehaven', 'Allerdale', 'Copeland']],
  ['darlington', 'Darlington'],
  ['derby', 'Derby', ['Derby City']],
  ['dorset', 'Dorset', ['Dorset Council']],
  ['durham', 'County Durham', ['Durham', 'Co Durham', 'Durham County Council']],
  ['east-riding-of-yorkshire', 'East Riding of Yorkshire', ['East Riding', 'ERY', 'ERYC', 'East Yorkshire', 'E Yorks']],
  ['halton', 'Halton', ['Widnes', 'Runcorn']],
  ['hartlepool', 'Hartlepool'],
  ['herefordshire', 'Herefordshire', ['Hereford', 'Herefordshire Council']],
  ['isle-of-wight', 'Isle of Wight', ['IOW', 'IoW']],
  ['kingston-upon-hull', 'Kingston upon Hull', ['Hull', 'Hull City Council']],
  ['leicester', 'Leicester', ['Leicester City']],
  ['luton', 'Luton'],
  ['medway', 'Medway', ['Chatham', 'Gillingham', 'Rochester']],
  ['middlesbrough', 'Middlesbrough', ['Teesside']],
  ['milton-keynes', 'Milton Keynes', ['MK', 'MKCC']],
  ['north-east-lincolnshire', 'North East Lincolnshire', ['NE Lincs', 'NELC', 'Grimsby', 'Cleethorpes']],
  ['north-lincolnshire', 'North Lincolnshire', ['N Lincs', 'North Lincs', 'NLC', 'Scunthorpe']],
  [
    'north-northamptonshire',
    'North Northamptonshire',
    ['North Northants', 'N Northants', 'NNC', 'Northamptonshire', 'Northants', 'Kettering', 'Corby', 'Wellingborough'],
  ],
  ['north-somerset', 'North Somerset', ['N Somerset', 'Weston-super-Mare']],
  ['north-yorkshire', 'North Yorkshire', ['N Yorks', 'North Yorks', 'NYCC', 'Harrogate', 'Scarborough']],
  ['northumberland', 'Northumberland', ['Northumberland County Council']],
  ['nottingham', 'Nottingham', ['Nottingham City', 'Nottm']],
  ['peterborough', 'Peterborough'],
  ['plymouth', 'Plymouth'],
  ['portsmouth', 'Portsmouth', ['Pompey']],
  ['reading', 'Reading', ['Berks']],
  ['redcar-and-cleveland', 'Redcar and Cleveland', ['Redcar', 'R&C', 'Teesside']],
  ['rutland', 'Rutland'],
  ['shropshire', 'Shropshire', ['Shrops', 'Salop', 'Shrewsbury']],
  ['slough', 'Slough', ['Berks']],
  ['somerset', 'Somerset', ['Somerset Council', 'Taunton', 'Yeovil']],
  ['south-gloucestershire', 'South Gloucestershire', ['South Glos', 'S Glos', 'SGC']],
  ['southampton', 'Southampton', ['Soton']],
  ['southend-on-sea', 'Southend-on-Sea', ['Southend']],
  ['stockton-on-tees', 'Stockton-on-Tees', ['Stockton', 'Teesside']],
  ['stoke-on-trent', 'Stoke-on-Trent', ['Stoke', 'The Potteries']],
  ['swindon', 'Swindon'],
  ['telford-and-wrekin', 'Telford and Wrekin', ['Telford', 'Wrekin', 'T&W']],
  ['thurrock', 'Thurrock', ['Grays']],
  ['torbay', 'Torbay', ['Torquay', 'Paignton', 'Brixham']],
  ['warrington', 'Warrington'],
  ['west-berkshire', 'West Berkshire', ['West Berks', 'W Berks', 'WBC', 'Newbury', 'Thatcham', 'Berks']],
  [
    'west-northamptonshire',
    'West Northamptonshire',
    ['West Northants', 'W Northants', 'WNC', 'Northamptonshire', 'Northants', 'Northampton', 'Daventry'],
  ],
  [
    'westmorland-and-furness',
    'Westmorland and Furness',
    ['Westmorland', 'Furness', 'Cumbria', 'Barrow-in-Furness', 'Barrow', 'Kendal', 'Eden', 'South Lakeland'],
  ],
  ['wiltshire', 'Wiltshire', ['Wilts', 'Salisbury', 'Trowbridge']],
  [
    'windsor-and-maidenhead',
    'Windsor and Maidenhead',
    ['RBWM', 'Royal Borough of Windsor and Maidenhead', 'Windsor', 'Maidenhead', 'Berks'],
  ],
  ['wokingham', 'Wokingham', ['Berks']],
  ['york', 'York', ['City of York']],

  // Isles of Scilly (its own council)
  ['isles-of-scilly', 'Isles of Scilly', ['Scilly', 'Scillies', 'Council of the Isles of Scilly']],

  // Metropolitan boroughs
  ['barnsley', 'Barnsley'],
  ['birmingham', 'Birmingham', ['Brum', 'Bham', 'BCC']],
  ['bolton', 'Bolton'],
  ['bradford', 'Bradford'],
  ['bury', 'Bury'],
  ['calderdale', 'Calderdale', ['Halifax']],
  ['coventry', 'Coventry'],
  ['doncaster', 'Doncaster'],
  ['dudley', 'Dudley'],
  ['gateshead', 'Gateshead'],
  ['kirklees', 'Kirklees', ['Huddersfield', 'Dewsbury']],
  ['knowsley', 'Knowsley', ['Kirkby', 'Huyton']],
  ['leeds', 'Leeds'],
  ['liverpool', 'Liverpool', ['Lpool']],
  ['manchester', 'Manchester', ['Manc', 'Mcr']],
  ['newcastle-upon-tyne', 'Newcastle upon Tyne', ['Newcastle']],
  ['north-tyneside', 'North Tyneside', ['N Tyneside']],
  ['oldham', 'Oldham'],
  ['rochdale', 'Rochdale'],
  ['rotherham', 'Rotherham'],
  ['salford', 'Salford'],
  ['sandwell', 'Sandwell', ['West Bromwich']],
  ['sefton', 'Sefton', ['Southport', 'Bootle']],
  ['sheffield', 'Sheffield'],
  ['solihull', 'Solihull'],
  ['south-tyneside', 'South Tyneside', ['S Tyneside', 'South Shields']],
  ['st-helens', 'St Helens', ['Saint Helens', 'St. Helens']],
  ['stockport', 'Stockport'],
  ['sunderland', 'Sunderland'],
  ['tameside', 'Tameside', ['Ashton-under-Lyne']],
  ['trafford', 'Trafford', ['Altrincham', 'Sale']],
  ['wakefield', 'Wakefield'],
  ['walsall', 'Walsall'],
  ['wigan', 'Wigan'],
  ['wirral', 'Wirral', ['The Wirral', 'Birkenhead']],
  ['wolverhampton', 'Wolverhampton', ['Wolves']],

  // London boroughs and the City of London
  ['city-of-london', 'City of London', ['The City', 'Square Mile', 'City of London Corporation']],
  ['barking-and-dagenham', 'Barking and Dagenham', ['Barking', 'Dagenham', 'LBBD', 'B&D']],
  ['barnet', 'Barnet', ['LBB']],
  ['bexley', 'Bexley', ['Bexleyheath']],
  ['brent', 'Brent', ['Wembley']],
  ['bromley', 'Bromley'],
  ['camden', 'Camden'],
  ['croydon', 'Croydon'],
  ['ealing', 'Ealing'],
  ['enfield', 'Enfield'],
  ['greenwich', 'Greenwich', ['Royal Borough of Greenwich', 'RBG']],
  ['hackney', 'Hackney'],
  [
    'hammersmith-and-fulham',
    'Hammersmith and Fulham',
    ['H&F', 'H and F', 'LBHF', 'Hammersmith', 'Fulham', 'Hammersmith & Fulham', 'Shepherds Bush'],
  ],
  ['haringey', 'Haringey', ['Tottenham', 'Hornsey']],
  ['harrow', 'Harrow'],
  ['havering', 'Havering', ['Romford']],
  ['hillingdon', 'Hillingdon', ['Uxbridge']],
  ['hounslow', 'Hounslow'],
  ['islington', 'Islington'],
  [
    'kensington-and-chelsea',
    'Kensington and Chelsea',
    ['RBKC', 'K&C', 'Kensington', 'Chelsea', 'Royal Borough of Kensington and Chelsea'],
  ],
  [
    'kingston-upon-thames',
    'Kingston upon Thames',
    ['Kingston', 'RBK', 'Royal Borough of Kingston upon Thames', 'Surbiton'],
  ],
  ['lambeth', 'Lambeth', ['Brixton']],
  ['lewisham', 'Lewisham'],
  ['merton', 'Merton', ['Wimbledon', 'Mitcham']],
  ['newham', 'Newham', ['Stratford']],
  ['redbridge', 'Redbridge', ['Ilford']],
  ['richmond-upon-thames', 'Richmond upon Thames', ['Richmond', 'Twickenham', 'LBRuT']],
  ['southwark', 'Southwark', ['Peckham']],
  ['sutton', 'Sutton'],
  ['tower-hamlets', 'Tower Hamlets', ['LBTH', 'Bethnal Green', 'Poplar']],
  ['waltham-forest', 'Waltham Forest', ['LBWF', 'Walthamstow']],
  ['wandsworth', 'Wandsworth', ['Battersea']],
  ['westminster', 'Westminster', ['City of Westminster', 'WCC']],
];

const wales: Row[] = [
  ['blaenau-gwent', 'Blaenau Gwent', ['Cyngor Bwrdeistref Sirol Blaenau Gwent', 'Ebbw Vale']],
  ['bridgend', 'Bridgend', ['Pen-y-bont ar Ogwr', 'Pen-y-bont', 'Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr']],
  ['caerphilly', 'Caerphilly', ['Caerffili', 'Cyngor Bwrdeistref Sirol Caerffili']],
  ['cardiff', 'Cardiff', ['Caerdydd', 'Cyngor Caerdydd', 'Cardiff Council']],
  ['carmarthenshire', 'Carmarthenshire', ['Carms', 'Sir Gaerfyrddin', 'Sir Gâr', 'Cyngor Sir Gâr', 'Carmarthen', 'Llanelli']],
  ['ceredigion', 'Ceredigion', ['Cyngor Sir Ceredigion', 'Aberystwyth']],
  ['conwy', 'Conwy', ['Cyngor Bwrdeistref Sirol Conwy', 'Llandudno']],
  ['denbighshire', 'Denbighshire', ['Sir Ddinbych', 'Cyngor Sir Ddinbych', 'Rhyl']],
  ['flintshire', 'Flintshire', ['Sir y Fflint', 'Cyngor Sir y Fflint', 'Flint', 'Mold']],
  ['gwynedd', 'Gwynedd', ['Cyngor Gwynedd', 'Bangor', 'Caernarfon']],
  ['isle-of-anglesey', 'Isle of Anglesey', ['Anglesey', 'Ynys Môn', 'Cyngor Sir Ynys Môn', 'Holyhead']],
  ['merthyr-tydfil', 'Merthyr Tydfil', ['Merthyr Tudful', 'Merthyr']],
  ['monmouthshire', 'Monmouthshire', ['Sir Fynwy', 'Cyngor Sir Fynwy', 'Monmouth', 'Abergavenny']],
  ['neath-port-talbot', 'Neath Port Talbot', ['Castell-nedd Port Talbot', 'NPT', 'Neath', 'Port Talbot']],
  ['newport', 'Newport', ['Casnewydd', 'Cyngor Dinas Casnewydd', 'Newport City Council']],
  ['pembrokeshire', 'Pembrokeshire', ['Pembs', 'Sir Benfro', 'Cyngor Sir Penfro', 'Pembroke', 'Haverfordwest']],
  ['powys', 'Powys', ['Cyngor Sir Powys', 'Brecon', 'Newtown', 'Welshpool']],
  ['rhondda-cynon-taf', 'Rhondda Cynon Taf', ['RCT', 'Rhondda', 'Cynon', 'Pontypridd']],
  ['swansea', 'Swansea', ['Abertawe', 'Dinas a Sir Abertawe', 'City and County of Swansea']],
  ['torfaen', 'Torfaen', ['Tor-faen', 'Pontypool', 'Cwmbran']],
  ['vale-of-glamorgan', 'Vale of Glamorgan', ['Bro Morgannwg', 'Cyngor Bro Morgannwg', 'The Vale', 'Barry', 'VoG']],
  ['wrexham', 'Wrexham', ['Wrecsam', 'Cyngor Bwrdeistref Sirol Wrecsam']],
];

const scotland: Row[] = [
  ['aberdeen-city', 'Aberdeen City', ['Aberdeen']],
  ['aberdeenshire', 'Aberdeenshire'],
  ['angus', 'Angus', ['Arbroath', 'Forfar']],
  ['argyll-and-bute', 'Argyll and Bute', ['Argyll', 'Bute', 'Oban', 'Helensburgh']],
  ['city-of-edinburgh', 'City of Edinburgh', ['Edinburgh', 'Edinburgh City Council']],
  ['clackmannanshire', 'Clackmannanshire', ['Clacks', 'Alloa']],
  [
    'comhairle-nan-eilean-siar',
    'Comhairle nan Eilean Siar',
    ['Western Isles', 'Na h-Eileanan Siar', 'Outer Hebrides', 'Lewis', 'Harris', 'Stornoway'],
  ],
  ['dumfries-and-galloway', 'Dumfries and Galloway', ['D&G', 'Dumfries', 'Galloway']],
  ['dundee-city', 'Dundee City', ['Dundee']],
  ['east-ayrshire', 'East Ayrshire', ['E Ayrshire', 'Kilmarnock']],
  ['east-dunbartonshire', 'East Dunbartonshire', ['E Dunbartonshire', 'East Dunbarton', 'Bearsden', 'Kirkintilloch']],
  ['east-lothian', 'East Lothian', ['E Lothian', 'Haddington', 'Musselburgh']],
  ['east-renfrewshire', 'East Renfrewshire', ['E Renfrewshire', 'East Ren', 'Giffnock', 'Newton Mearns']],
  ['falkirk', 'Falkirk', ['Grangemouth']],
  ['fife', 'Fife', ['Kirkcaldy', 'Dunfermline', 'Glenrothes']],
  ['glasgow-city', 'Glasgow City', ['Glasgow', 'GCC']],
  ['highland', 'Highland', ['Highlands', 'Inverness']],
  ['inverclyde', 'Inverclyde', ['Greenock']],
  ['midlothian', 'Midlothian', ['Dalkeith']],
  ['moray', 'Moray', ['Elgin']],
  ['north-ayrshire', 'North Ayrshire', ['N Ayrshire', 'Irvine', 'Arran']],
  ['north-lanarkshire', 'North Lanarkshire', ['N Lanarkshire', 'North Lanarks', 'Motherwell', 'Airdrie', 'Cumbernauld']],
  ['orkney-islands', 'Orkney Islands', ['Orkney', 'Kirkwall']],
  ['perth-and-kinross', 'Perth and Kinross', ['Perth', 'Kinross', 'P&K']],
  ['renfrewshire', 'Renfrewshire', ['Paisley', 'Renfrew']],
  ['scottish-borders', 'Scottish Borders', ['Borders', 'The Borders', 'Galashiels']],
  ['shetland-islands', 'Shetland Islands', ['Shetland', 'Lerwick']],
  ['south-ayrshire', 'South Ayrshire', ['S Ayrshire', 'Ayr']],
  ['south-lanarkshire', 'South Lanarkshire', ['S Lanarkshire', 'South Lanarks', 'Hamilton', 'East Kilbride']],
  ['stirling', 'Stirling'],
  ['west-dunbartonshire', 'West Dunbartonshire', ['W Dunbartonshire', 'West Dunbarton', 'Dumbarton', 'Clydebank']],
  ['west-lothian', 'West Lothian', ['W Lothian', 'Livingston']],
];

const northernIreland: Row[] = [
  [
    'education-authority-ni',
    'Education Authority (Northern Ireland)',
    ['EA', 'EANI', 'Northern Ireland', 'NI', 'Belfast', 'Derry', 'Londonderry', 'Education Authority'],
  ],
];

const towns = new Map<string, string[]>();
for (const group of COUNCIL_TOWNS) towns.set(group.councilId, [...(towns.get(group.councilId) ?? []), ...group.towns]);

function build(rows: Row[], nation: Council['nation']): Council[] {
  return rows.map(([id, name, aliases = []]) => ({ id, name, nation, aliases: [...aliases, ...(towns.get(id) ?? [])] }));
}

export const COUNCILS: Council[] = sortByName([
  ...build(england, 'england'),
  ...build(wales, 'wales'),
  ...build(scotland, 'scotland'),
  ...build(northernIreland, 'northern-ireland'),
]);
