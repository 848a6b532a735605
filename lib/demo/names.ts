/**
 * Word lists for the synthetic school. Given names and surnames are combined at random, so every
 * pupil and carer is invented; streets are invented names set in real Kent towns (postcode
 * districts only), and phone numbers come from Ofcom's ranges reserved for drama (never allocated).
 */
export const GIRLS_NAMES = [
  'Amelia', 'Olivia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Florence', 'Freya', 'Poppy',
  'Grace', 'Willow', 'Evie', 'Sophia', 'Ella', 'Daisy', 'Harper', 'Sienna', 'Phoebe', 'Millie',
  'Ruby', 'Matilda', 'Rosie', 'Esme', 'Maya', 'Aria', 'Eliza', 'Imogen', 'Zara', 'Layla',
  'Hannah', 'Niamh', 'Chloe', 'Jessica', 'Alice', 'Erin', 'Maisie', 'Scarlett', 'Holly', 'Lacey',
  'Amira', 'Priya', 'Zofia', 'Oliwia', 'Ioana', 'Sabina', 'Aisha', 'Fatima', 'Anjali', 'Gabija',
];
export const BOYS_NAMES = [
  'Oliver', 'George', 'Noah', 'Arthur', 'Leo', 'Harry', 'Oscar', 'Archie', 'Henry', 'Theo',
  'Jack', 'Charlie', 'Freddie', 'Alfie', 'Finley', 'Thomas', 'Jacob', 'Joshua', 'Lucas', 'Max',
  'Isaac', 'Ethan', 'Harrison', 'Toby', 'Reuben', 'Louie', 'Ronnie', 'Tommy', 'Callum', 'Kai',
  'Mason', 'Tyler', 'Riley', 'Logan', 'Jayden', 'Ben', 'Sam', 'Dylan', 'Owen', 'Luca',
  'Jakub', 'Mateusz', 'Andrei', 'Rohan', 'Arjun', 'Yusuf', 'Ibrahim', 'Dawit', 'Lukas', 'Emre',
];
export const SURNAMES = [
  'Ashdown', 'Brackley', 'Fenwick', 'Hollis', 'Marchant', 'Pennock', 'Rendell', 'Tolhurst', 'Wickens', 'Yeoman',
  'Ambrose', 'Bassett', 'Castell', 'Dunmore', 'Elphick', 'Farrant', 'Gosling', 'Hoad', 'Ingram', 'Jarrett',
  'Kemsley', 'Luckhurst', 'Medhurst', 'Norwood', 'Oakley', 'Pilcher', 'Quested', 'Rolfe', 'Sayer', 'Tanton',
  'Underdown', 'Vidler', 'Wenban', 'Attwood', 'Beeching', 'Chittenden', 'Denne', 'Epps', 'Fagg', 'Gurr',
  'Hogben', 'Igglesden', 'Kingsnorth', 'Ladd', 'Maylam', 'Neame', 'Orpin', 'Pettman', 'Rigden', 'Stickells',
  'Tassell', 'Upton', 'Verrall', 'Waterman', 'Baldock', 'Cheeseman', 'Dadson', 'Finn', 'Goldup', 'Hukins',
  'Jeffery', 'Kennett', 'Lingham', 'Mockett', 'Nethersole', 'Packman', 'Rayfield', 'Sherwood', 'Thorndike', 'Whybourne',
  'Nowicka-Ward', 'Kowalczyk', 'Popescu', 'Gurung', 'Rai', 'Thapa', 'Petrauskas', 'Kaya', 'Haddad', 'Sandhu',
  'Okafor', 'Mensah', 'Begum', 'Chowdhury', 'Nair', 'Fernandes', 'Silva', 'Novak', 'Horvat', 'Dimitrov',
];
export const MIDDLE_NAMES = ['James', 'Rose', 'Mae', 'Louise', 'John', 'Alexander', 'Grace', 'Marie', 'Edward', 'Jane', 'David', 'Elizabeth'];

export interface TownInfo {
  /** Village or district shown as address line 2; empty for the post town itself. */
  locality: string;
  postTown: string;
  districts: readonly string[];
}
/** The demo school is in Ashford; pupils come from the town and the villages around it. */
export const TOWNS: readonly TownInfo[] = [
  { locality: '', postTown: 'Ashford', districts: ['TN23', 'TN24', 'TN25'] },
  { locality: '', postTown: 'Ashford', districts: ['TN23', 'TN24'] },
  { locality: 'Kennington', postTown: 'Ashford', districts: ['TN24'] },
  { locality: 'Willesborough', postTown: 'Ashford', districts: ['TN24'] },
  { locality: 'Charing', postTown: 'Ashford', districts: ['TN27'] },
  { locality: 'Hamstreet', postTown: 'Ashford', districts: ['TN26'] },
  { locality: 'Wye', postTown: 'Ashford', districts: ['TN25'] },
  { locality: '', postTown: 'Tenterden', districts: ['TN30'] },
];
export const STREET_STEMS = [
  'Orchard', 'Hop Garden', 'Oast', 'Kiln', 'Weald', 'Chalk Pit', 'Mill', 'Bramble', 'Hawthorn', 'Coppice',
  'Lapwing', 'Marsh', 'Forge', 'Cherry Tree', 'Downs View', 'Bluebell', 'Stour', 'Beacon', 'Flint', 'Pippin',
];
export const STREET_KINDS = ['Road', 'Lane', 'Close', 'Way', 'Rise', 'Gardens', 'Drive', 'Crescent', 'Mews', 'Avenue'];
export const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export const ETHNICITIES: readonly { label: string; weight: number }[] = [
  { label: 'White - British', weight: 70 },
  { label: 'White - Any other White background', weight: 8 },
  { label: 'Mixed - White and Black Caribbean', weight: 3 },
  { label: 'Mixed - White and Asian', weight: 3 },
  { label: 'Asian or Asian British - Indian', weight: 3 },
  { label: 'Asian or Asian British - Any other Asian background', weight: 4 },
  { label: 'Black or Black British - African', weight: 4 },
  { label: 'Any other ethnic group', weight: 2 },
  { label: 'White - Gypsy/Roma', weight: 1 },
  { label: 'Refused', weight: 2 },
];
export const EAL_LANGUAGES = ['Polish', 'Romanian', 'Nepali', 'Lithuanian', 'Turkish', 'Arabic', 'Punjabi', 'Bengali', 'Tamil', 'Portuguese', 'Bulgarian'];

/** Tutors of the ten registration groups; the group id is year + tutor initials (e.g. 7RB). */
export const TUTORS: readonly { title: string; forename: string; surname: string }[] = [
  { title: 'Mr', forename: 'Robert', surname: 'Bexley' },
  { title: 'Ms', forename: 'Kate', surname: 'Tilden' },
  { title: 'Mrs', forename: 'Helen', surname: 'Quarrie' },
  { title: 'Mr', forename: 'Daniel', surname: 'Ostler' },
  { title: 'Miss', forename: 'Sarah', surname: 'Wakeham' },
  { title: 'Mr', forename: 'Joel', surname: 'Linstead' },
  { title: 'Dr', forename: 'Anna', surname: 'Crowhurst' },
  { title: 'Mr', forename: 'Paul', surname: 'Everden' },
  { title: 'Mrs', forename: 'Nadia', surname: 'Mercer' },
  { title: 'Ms', forename: 'Grace', surname: 'Hinxhill' },
];

/** Class teachers of the demo primary's six classes (Y1–Y6); the class id is year + initials (e.g. 2OS). */
export const PRIMARY_TEACHERS: readonly { title: string; forename: string; surname: string }[] = [
  { title: 'Miss', forename: 'Megan', surname: 'Pattenden' },
  { title: 'Mr', forename: 'Owen', surname: 'Sturgess' },
  { title: 'Mrs', forename: 'Lucy', surname: 'Ashby' },
  { title: 'Ms', forename: 'Fiona', surname: 'Kilbride' },
  { title: 'Mr', forename: 'Hamid', surname: 'Darwish' },
  { title: 'Mrs', forename: 'Carol', surname: 'Ruck' },
];

/**
 * Surnames of the demo primary's families, none shared with SURNAMES: the two demo schools never
 * show the same pupil name, so a user who opens both sees two schools, not one pupil twice.
 */
export const PRIMARY_SURNAMES = [
  'Abbott', 'Blackman', 'Coveney', 'Dengate', 'Edgar', 'Fuller', 'Gilbert', 'Harman', 'Iden', 'Jordan',
  'Knott', 'Lavender', 'Mount', 'Nash', 'Ovenden', 'Parris', 'Quaife', 'Ransley', 'Skinner', 'Tapsell',
  'Uden', 'Vane', 'Wraight', 'Young', 'Amos', 'Bushell', 'Clayson', 'Daw', 'Elgar', 'Fisk',
  'Godden', 'Hickmott', 'Ivens', 'Jenner', 'Kingsland', 'Lawrence', 'Miles', 'Newington', 'Olive', 'Pout',
  'Ralph', 'Scutt', 'Tutt', 'Wood', 'Bax', 'Crouch', 'Dray', 'Filmer', 'Gower', 'Hills',
  'Wiśniewska', 'Ionescu', 'Shrestha', 'Limbu', 'Kazlauskas', 'Yilmaz', 'Khalil', 'Gill', 'Adeyemi', 'Boateng',
  'Akhtar', 'Rahman', 'Pillai', 'Pereira', 'Costa', 'Kovac', 'Petrov',
];

/** Invented establishment numbers of the Kent (LA 886) primaries that allocated the pupils' UPNs. */
export const FEEDER_PRIMARIES = [2014, 2037, 2061, 2088, 2103, 2135, 2169, 2190, 3021, 3058, 3094, 3117];
