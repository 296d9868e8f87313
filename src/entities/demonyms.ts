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
  ['Philippines', [], ['Filipino', 'Filipina', 'Filipinos', 'Philippine']],
  ['Malaysia', [], ['Malaysian', 'Malaysians']],
  ['Taiwan', [], ['Taiwanese']],
  ['Belarus', ['Byelorussia'], ['Belarusian', 'Belarusians']],
  ['United Arab Emirates', ['UAE', 'U.A.E.'], ['Emirati', 'Emiratis']],
  ['Kazakhstan', [], ['Kazakh', 'Kazakhstani', 'Kazakhs', 'Kazakhstanis']],
  ['Uzbekistan', [], ['Uzbek', 'Uzbekistani', 'Uzbeks']],
  ['Kyrgyzstan', [], ['Kyrgyz']],
  ['Tajikistan', [], ['Tajik', 'Tajiks']],
  ['Turkmenistan', [], ['Turkmen']],
  // "Congolese" mostly means the larger Congo in the news; the Republic of the Congo keeps its own names.
  ['Democratic Republic of the Congo', ['DR Congo', 'D.R. Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'], ['Congolese']],
  ['Republic of the Congo', ['Republic of Congo', 'Congo-Brazzaville'], []],
  ['Ivory Coast', ["Cote d'Ivoire", "Côte d'Ivoire", 'Côte d’Ivoire', 'Cote d’Ivoire'], ['Ivorian', 'Ivorians']],
  ['El Salvador', [], ['Salvadoran', 'Salvadorean', 'Salvadorans', 'Salvadoreans']],
  ['Bangladesh', [], ['Bangladeshi', 'Bangladeshis']],
  ['Sri Lanka', [], ['Sri Lankan', 'Sri Lankans']],
  ['Kosovo', [], ['Kosovar', 'Kosovan', 'Kosovars', 'Kosovans']],
  ['Moldova', [], ['Moldovan', 'Moldovans']],
  ['Montenegro', [], ['Montenegrin', 'Montenegrins']],
  ['Yemen', [], ['Yemeni', 'Yemenis']],
  ['Sudan', [], ['Sudanese']],
  ['South Sudan', [], ['South Sudanese']],
  ['Gambia', [], ['Gambian', 'Gambians']],
  ['Armenia', [], ['Armenian', 'Armenians']],
  ['Azerbaijan', [], ['Azerbaijani', 'Azeri', 'Azerbaijanis', 'Azeris']],
  ['Georgia', [], ['Georgian', 'Georgians']],
  ['Lithuania', [], ['Lithuanian', 'Lithuanians']],
  ['Latvia', [], ['Latvian', 'Latvians']],
  ['Estonia', [], ['Estonian', 'Estonians']],
  ['Slovakia', [], ['Slovak', 'Slovakian', 'Slovaks']],
  ['Slovenia', [], ['Slovenian', 'Slovene', 'Slovenians', 'Slovenes']],
  ['Bulgaria', [], ['Bulgarian', 'Bulgarians']],
  ['Bosnia and Herzegovina', ['Bosnia', 'Bosnia-Herzegovina'], ['Bosnian', 'Bosnians']],
  ['Albania', [], ['Albanian', 'Albanians']],
  // not "Macedonia" or "Macedonian": also the Greek region and its people
  ['North Macedonia', [], []],
  ['Iceland', [], ['Icelandic', 'Icelander', 'Icelanders']],
  ['Luxembourg', [], ['Luxembourgish', 'Luxembourger', 'Luxembourgers']],
  ['Cyprus', [], ['Cypriot', 'Cypriots']],
  ['Malta', [], ['Maltese']],
  ['Qatar', [], ['Qatari', 'Qataris']],
  ['Kuwait', [], ['Kuwaiti', 'Kuwaitis']],
  ['Bahrain', [], ['Bahraini', 'Bahrainis']],
  ['Oman', [], ['Omani', 'Omanis']],
  ['Libya', [], ['Libyan', 'Libyans']],
  ['Tunisia', [], ['Tunisian', 'Tunisians']],
  ['Algeria', [], ['Algerian', 'Algerians']],
  ['Morocco', [], ['Moroccan', 'Moroccans']],
  ['Ghana', [], ['Ghanaian', 'Ghanaians']],
  ['Senegal', [], ['Senegalese']],
  ['Mali', [], ['Malian', 'Malians']],
  ['Niger', [], ['Nigerien', 'Nigeriens']],
  ['Cameroon', [], ['Cameroonian', 'Cameroonians']],
  ['Uganda', [], ['Ugandan', 'Ugandans']],
  ['Tanzania', [], ['Tanzanian', 'Tanzanians']],
  ['Rwanda', [], ['Rwandan', 'Rwandans']],
  ['Somalia', [], ['Somali', 'Somalis']],
  ['Eritrea', [], ['Eritrean', 'Eritreans']],
  ['Zimbabwe', [], ['Zimbabwean', 'Zimbabweans']],
  ['Zambia', [], ['Zambian', 'Zambians']],
  ['Mozambique', [], ['Mozambican', 'Mozambicans']],
  ['Angola', [], ['Angolan', 'Angolans']],
  ['Sierra Leone', [], ['Sierra Leonean', 'Sierra Leoneans']],
  ['Liberia', [], ['Liberian', 'Liberians']],
  ['Myanmar', ['Burma'], ['Burmese']],
  ['Cambodia', [], ['Cambodian', 'Cambodians']],
  ['Nepal', [], ['Nepali', 'Nepalese', 'Nepalis']],
  ['Singapore', [], ['Singaporean', 'Singaporeans']],
  ['Mongolia', [], ['Mongolian', 'Mongolians']],
  ['Ecuador', [], ['Ecuadorian', 'Ecuadorean', 'Ecuadorians', 'Ecuadoreans']],
  ['Bolivia', [], ['Bolivian', 'Bolivians']],
  ['Paraguay', [], ['Paraguayan', 'Paraguayans']],
  ['Uruguay', [], ['Uruguayan', 'Uruguayans']],
  ['Guatemala', [], ['Guatemalan', 'Guatemalans']],
  ['Honduras', [], ['Honduran', 'Hondurans']],
  ['Nicaragua', [], ['Nicaraguan', 'Nicaraguans']],
  ['Haiti', [], ['Haitian', 'Haitians']],
  // smaller states the wires name often ("Chad", "Monaco", the Congos stay out: a given name, a club, two countries)
  ['Laos', ['Lao PDR'], ['Laotian', 'Laotians']],
  ['Bhutan', [], ['Bhutanese']],
  ['Brunei', ['Brunei Darussalam'], ['Bruneian', 'Bruneians']],
  ['East Timor', ['Timor-Leste'], ['East Timorese', 'Timorese']],
  ['Maldives', [], ['Maldivian', 'Maldivians']],
  ['Fiji', [], ['Fijian', 'Fijians']],
  ['Samoa', [], ['Samoan', 'Samoans']],
  ['Tonga', [], ['Tongan', 'Tongans']],
  ['Vanuatu', [], []],
  ['Panama', [], ['Panamanian', 'Panamanians']],
  ['Jamaica', [], ['Jamaican', 'Jamaicans']],
  ['Bahamas', [], ['Bahamian', 'Bahamians']],
  ['Barbados', [], ['Barbadian', 'Barbadians']],
  ['Belize', [], ['Belizean', 'Belizeans']],
  ['Guyana', [], ['Guyanese']],
  ['Suriname', [], ['Surinamese']],
  ['Benin', [], ['Beninese']],
  ['Togo', [], ['Togolese']],
  ['Burkina Faso', [], ['Burkinabe']],
  ['Burundi', [], ['Burundian', 'Burundians']],
  ['Djibouti', [], ['Djiboutian', 'Djiboutians']],
  ['Gabon', [], ['Gabonese']],
  ['Mauritania', [], ['Mauritanian', 'Mauritanians']],
  ['Mauritius', [], ['Mauritian', 'Mauritians']],
  ['Madagascar', [], ['Malagasy']],
  ['Malawi', [], ['Malawian', 'Malawians']],
  ['Namibia', [], ['Namibian', 'Namibians']],
  ['Botswana', [], []],
  ['Lesotho', [], []],
  ['Eswatini', ['Swaziland'], []],
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
  const l = name.toLowerCase();
  // "the Philippines", "the Netherlands", "the Gambia" when the tagger kept the article in the name
  return BY_NAME.get(l) ?? (l.startsWith('the ') ? BY_NAME.get(l.slice(4)) ?? null : null);
}

/** The country of a demonym ("Brazilian" -> "Brazil"), or null. */
export function countryOfDemonym(word: string): string | null {
  return BY_DEMONYM.get(word.toLowerCase()) ?? null;
}

/** True for a demonym that names the people ("Brazilians", "the Japanese"). */
export function isPeopleDemonym(word: string): boolean {
  return PLURAL_DEMONYMS.has(word.toLowerCase());
}
