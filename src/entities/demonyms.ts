/**
 * Countries, what they are also called, and their demonyms, so that "U.S." and "United
 * States" are one place and "the Brazilians" (as actors) refer to Brazil.
 */

/** [country name, aliases, demonyms (adjective first, then the plural used for the people)]. */
const TABLE: Array<[string, string[], string[]]> = [
  ['United States', ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'], ['American', 'Americans']],
  ['United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain'], ['British', 'Briton', 'Britons']],
  ['Brazil', [], ['Brazilian', 'Brazilians']],
  ['Japan', [], ['Japanese']],
  ['China', ["People's Republic of China", 'PRC'], ['Chinese']],
  ['Russia', ['Russian Federation'], ['Russian', 'Russians']],
  ['Germany', [], ['German', 'Germans']],
  ['France', [], ['French', 'Frenchman', 'Frenchmen']],
  ['Italy', [], ['Italian', 'Italians']],
  ['Spain', [], ['Spanish', 'Spaniard', 'Spaniards']],
  ['Portugal', [], ['Portuguese']],
  ['Netherlands', ['Holland'], ['Dutch']],
  ['Belgium', [], ['Belgian', 'Belgians']],
  ['Switzerland', [], ['Swiss']],
  ['Austria', [], ['Austrian', 'Austrians']],
  ['Poland', [], ['Polish', 'Pole', 'Poles']],
  ['Ukraine', [], ['Ukrainian', 'Ukrainians']],
  ['Sweden', [], ['Swedish', 'Swede', 'Swedes']],
  ['Norway', [], ['Norwegian', 'Norwegians']],
  ['Denmark', [], ['Danish', 'Dane', 'Danes']],
  ['Finland', [], ['Finnish', 'Finn', 'Finns']],
  ['Ireland', [], ['Irish']],
  ['Greece', [], ['Greek', 'Greeks']],
  ['Turkey', ['Turkiye', 'Türkiye'], ['Turkish', 'Turk', 'Turks']],
  ['Israel', [], ['Israeli', 'Israelis']],
  ['Iran', [], ['Iranian', 'Iranians']],
  ['Iraq', [], ['Iraqi', 'Iraqis']],
  ['Syria', [], ['Syrian', 'Syrians']],
  ['Egypt', [], ['Egyptian', 'Egyptians']],
  ['Saudi Arabia', [], ['Saudi', 'Saudis']],
  ['India', [], ['Indian', 'Indians']],
  ['Pakistan', [], ['Pakistani', 'Pakistanis']],
  ['Afghanistan', [], ['Afghan', 'Afghans']],
  ['South Korea', ['Korea'], ['South Korean', 'South Koreans']],
  ['North Korea', [], ['North Korean', 'North Koreans']],
  ['Vietnam', [], ['Vietnamese']],
  ['Indonesia', [], ['Indonesian', 'Indonesians']],
  ['Australia', [], ['Australian', 'Australians']],
  ['New Zealand', [], ['New Zealander', 'New Zealanders']],
  ['Canada', [], ['Canadian', 'Canadians']],
  ['Mexico', [], ['Mexican', 'Mexicans']],
  ['Argentina', [], ['Argentine', 'Argentinian', 'Argentines', 'Argentinians']],
  ['Chile', [], ['Chilean', 'Chileans']],
  ['Colombia', [], ['Colombian', 'Colombians']],
  ['Venezuela', [], ['Venezuelan', 'Venezuelans']],
  ['Peru', [], ['Peruvian', 'Peruvians']],
  ['Cuba', [], ['Cuban', 'Cubans']],
  ['South Africa', [], ['South African', 'South Africans']],
  ['Nigeria', [], ['Nigerian', 'Nigerians']],
  ['Kenya', [], ['Kenyan', 'Kenyans']],
  ['Ethiopia', [], ['Ethiopian', 'Ethiopians']],
  ['Palestine', ['Palestinian territories'], ['Palestinian', 'Palestinians']],
  ['Lebanon', [], ['Lebanese']],
  ['Jordan', [], ['Jordanian', 'Jordanians']],
  ['Hungary', [], ['Hungarian', 'Hungarians']],
  ['Czech Republic', ['Czechia'], ['Czech', 'Czechs']],
  ['Romania', [], ['Romanian', 'Romanians']],
  ['Serbia', [], ['Serbian', 'Serb', 'Serbs']],
  ['Croatia', [], ['Croatian', 'Croat', 'Croats']],
  ['Thailand', [], ['Thai', 'Thais']],
  ['Philippines', [], ['Filipino', 'Filipinos', 'Philippine']],
  ['Malaysia', [], ['Malaysian', 'Malaysians']],
  ['Taiwan', [], ['Taiwanese']],
];

const BY_NAME = new Map<string, string>();
const BY_DEMONYM = new Map<string, string>();
const PLURAL_DEMONYMS = new Set<string>();
for (const [country, aliases, demonyms] of TABLE) {
  BY_NAME.set(country.toLowerCase(), country);
  for (const a of aliases) BY_NAME.set(a.toLowerCase(), country);
  demonyms.forEach((d, i) => {
    BY_DEMONYM.set(d.toLowerCase(), country);
    // Words that name the people: plurals, and forms that are both ("Japanese", "Swiss").
    if (i > 0 || /(ese|ss|sh|ch)$/.test(d)) PLURAL_DEMONYMS.add(d.toLowerCase());
  });
}

/** The country a place name or alias stands for ("U.S." -> "United States"), or null. */
export function countryOfName(name: string): string | null {
  return BY_NAME.get(name.toLowerCase()) ?? null;
}

/** The country of a demonym ("Brazilian" -> "Brazil"), or null. */
export function countryOfDemonym(word: string): string | null {
  return BY_DEMONYM.get(word.toLowerCase()) ?? null;
}

/** True for a demonym that names the people ("Brazilians", "the Japanese"). */
export function isPeopleDemonym(word: string): boolean {
  return PLURAL_DEMONYMS.has(word.toLowerCase());
}
