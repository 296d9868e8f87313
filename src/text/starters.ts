/**
 * Words that are capitalised in news mostly because they begin a sentence: closed-class
 * words and a few frequent sentence openers. After "U.S." or "Inc." a capital on one of
 * these signals a new sentence; a capital on anything else ("U.S. Vice President",
 * "Acme Inc. Chairman") is more likely part of a name or title.
 */
const STARTERS = new Set(
  `a an the this that these those there here it its he she they we i you his her their our my your
  but and or so yet nor for if when while after before since as although though because unless until
  once however meanwhile moreover furthermore nevertheless still also then thus instead indeed
  in on at by from with without about against among between during under over into onto through
  to of up out off near like unlike despite amid following according
  is are was were be been being has have had do does did will would shall should can could may might must
  not no nor neither either both each every all some any many most much more few several such
  who what which where why how whose whom whatever whichever
  one two three four five six seven eight nine ten
  mr mrs ms dr
  yes asked earlier later last next now today yesterday tomorrow tonight
  officials police analysts critics experts sources witnesses residents authorities investigators
  prosecutors lawyers protesters doctors researchers scientists voters investors traders shares prices`
    .split(/\s+/)
    .filter(Boolean),
);

export function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word.toLowerCase().replace(/\.$/, ''));
}
