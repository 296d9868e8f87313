/** Word lists the parsers share: months, weekdays, numbers, units, seasons, parts of day, holidays. */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6], ['sunday', 7], ['sun', 7],
]);
/** Weekday names that are ordinary words too, so only count with a capital or a period. */
export const AMBIGUOUS_WEEKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'thur']);

export const WEEKDAYS_PLURAL: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['a', 1], ['an', 1], ['single', 1], ['couple', 2], ['dozen', 12], ['half', 0.5],
]);

/** Vague amounts: their durations get an X ("several years" = PXY). */
export const VAGUE_AMOUNTS = new Set(['several', 'few', 'many', 'some', 'numerous', 'couple', 'recent', 'coming', 'past', 'last', 'next']);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21],
  ['thirtieth', 30], ['last', -1], ['final', -1],
]);

export type Unit = 'C' | 'DE' | 'Y' | 'H' | 'Q' | 'SE' | 'M' | 'W' | 'WE' | 'D' | 'h' | 'm' | 's';

/** Unit words to the TIMEX3 duration letter. Lower-case letters are time units (PT...). */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['century', 'C'], ['centuries', 'C'], ['decade', 'DE'], ['decades', 'DE'], ['year', 'Y'], ['years', 'Y'], ['yr', 'Y'], ['yrs', 'Y'],
  ['quarter', 'Q'], ['quarters', 'Q'], ['month', 'M'], ['months', 'M'], ['week', 'W'], ['weeks', 'W'], ['weekend', 'WE'], ['weekends', 'WE'],
  ['day', 'D'], ['days', 'D'], ['hour', 'h'], ['hours', 'h'], ['hr', 'h'], ['hrs', 'h'], ['minute', 'm'], ['minutes', 'm'], ['min', 'm'], ['mins', 'm'],
  ['second', 's'], ['seconds', 's'], ['season', 'SE'], ['seasons', 'SE'], ['semester', 'H'], ['millennium', 'C'], ['millennia', 'C'],
]);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Parts of the day, as TIMEX3 time-of-day codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'], ['daytime', 'DT'], ['midday', 'MI'],
]);

export const ZONES: ReadonlyMap<string, string> = new Map([
  ['utc', 'Z'], ['gmt', 'Z'], ['z', 'Z'], ['est', '-05:00'], ['edt', '-04:00'], ['cst', '-06:00'], ['cdt', '-05:00'], ['mst', '-07:00'],
  ['mdt', '-06:00'], ['pst', '-08:00'], ['pdt', '-07:00'], ['bst', '+01:00'], ['cet', '+01:00'], ['cest', '+02:00'], ['ist', '+05:30'],
  ['jst', '+09:00'], ['aest', '+10:00'], ['aedt', '+11:00'], ['hkt', '+08:00'], ['kst', '+09:00'], ['eet', '+02:00'], ['eest', '+03:00'], ['msk', '+04:00'], ['et', ''], ['pt', ''], ['ct', ''], ['mt', ''],
]);

/** Fixed-date holidays: month and day. */
export const FIXED_HOLIDAYS: ReadonlyMap<string, [number, number]> = new Map([
  ['christmas', [12, 25]], ['christmas eve', [12, 24]], ['christmas day', [12, 25]], ["new year's day", [1, 1]], ["new year's eve", [12, 31]],
  ['new year', [1, 1]], ["valentine's day", [2, 14]], ['independence day', [7, 4]], ['halloween', [10, 31]], ['veterans day', [11, 11]],
  ["veterans' day", [11, 11]], ['boxing day', [12, 26]], ['bastille day', [7, 14]], ['armistice day', [11, 11]], ['may day', [5, 1]],
  ["st. patrick's day", [3, 17]], ["saint patrick's day", [3, 17]], ['juneteenth', [6, 19]], ['groundhog day', [2, 2]],
  // Independence Day by its date: "the Fourth of July", "July Fourth" (the holiday, not the month)
  ['fourth of july', [7, 4]], ['july fourth', [7, 4]], ["april fools' day", [4, 1]], ["april fool's day", [4, 1]],
  // session 10: national holidays news names by their date ("Inauguration Day" is the US one, Jan. 20);
  // observances ("International Women's Day", "World AIDS Day") are left out, as train leaves them
  ['remembrance day', [11, 11]], ['anzac day', [4, 25]], ['australia day', [1, 26]], ['canada day', [7, 1]], ['inauguration day', [1, 20]],
]);

/**
 * Holidays that move: [month, weekday (1 = Monday), nth (-1 = last), days after that weekday].
 * Easter and Good Friday are computed. "Black Friday" is the day after Thanksgiving, "Cyber Monday"
 * the Monday after it: retail news names them as days.
 */
export const NTH_WEEKDAY_HOLIDAYS: ReadonlyMap<string, readonly [number, number, number, number?]> = new Map<string, readonly [number, number, number, number?]>([
  ['black friday', [11, 4, 4, 1]], ['cyber monday', [11, 4, 4, 4]],
  ['thanksgiving', [11, 4, 4]], ['thanksgiving day', [11, 4, 4]], ['labor day', [9, 1, 1]], ['memorial day', [5, 1, -1]],
  ['martin luther king day', [1, 1, 3]], ['mlk day', [1, 1, 3]], ["presidents' day", [2, 1, 3]], ['presidents day', [2, 1, 3]],
  ["mother's day", [5, 7, 2]], ["father's day", [6, 7, 3]], ['columbus day', [10, 1, 2]], ['election day', [11, 1, 1, 1]],
]);

/**
 * Days counted from Easter Sunday (the moveable feasts): "Palm Sunday" is a week before,
 * "Ash Wednesday" 46 days before. "Holy Week" and "Easter week" are the ISO week that holds
 * Easter Sunday (its Monday to Easter itself), valued as a week.
 */
export const EASTER_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['easter', 0], ['easter sunday', 0], ['easter monday', 1], ['good friday', -2], ['palm sunday', -7], ['ash wednesday', -46],
  ['maundy thursday', -3], ['holy thursday', -3], ['holy saturday', -1], ['shrove tuesday', -47], ['mardi gras', -47],
  ['pentecost', 49], ['whit sunday', 49], ['ascension day', 39],
]);
export const EASTER_WEEKS = new Set(['holy week', 'easter week']);
