// The outlet's name printed once, alone on a line at the top or the bottom of a page, taken as the publisher when
// it is clearly an outlet's: the shape of a name, not a person, a place or a section, and the page vouching for
// it — "© 2025 <Name>", a domain that spells it, the text naming itself ("told <Name>", "<Name> has reached out"),
// or an outlet's word in the name ("… Times", "… News", "… Gazette").
import type { Line } from './lines.js';
import { wireName } from './wires.js';
import { lexiconTags } from '../people/lexicon.js';
import { copyrightHolders } from './copyright.js';
import { escapeRegExp } from '../text.js';

/** Words that end an outlet's name the world over: "The Valley Times", "Harbour Gazette", "Sky News". */
const OUTLET_WORD =
  /^(?:News|Times|Post|Herald|Gazette|Journal|Daily|Tribune|Telegraph|Guardian|Express|Mail|Chronicle|Observer|Standard|Star|Sun|Press|Today|Weekly|Week|TV|Radio|Network|Media|Review|Monitor|Insider|Magazine|Dispatch|Record|Independent|Inquirer|Bulletin|Courier|Globe|Mirror|Voice|Wire|Register|Sentinel|Examiner|Beacon|Leader|Advertiser|Post-Dispatch|Online|Agency|Broadcasting|Television|Diplomat|Reporter|Nation|Statesman|Citizen|Telegram|Gazzetta|Zeitung|Tribune-Review)$/u;
/** Words of a site's section labels and navigation ("Politics", "Business News", "Top Stories"): a line of only
 * these is never an outlet's name. */
const SECTION_WORD =
  /^(?:home|news|latest|world|politics|business|economy|markets?|sports?|opinion|analysis|technology|tech|science|health|culture|entertainment|lifestyle|travel|video|videos|live|menu|search|local|national|international|region|more|trending|top|stories|breaking|related|articles|most|read|and|&)$/iu;
const isSectionLabel = (t: string) => t.split(/\s+/).every((w) => SECTION_WORD.test(w));
/** The text naming its own outlet: "told <Name>", "<Name> has reached out", "<Name> could not verify". */
const selfReference = (name: string) => {
  const n = escapeRegExp(name);
  return new RegExp(
    String.raw`\b(?:told|tells|telling|speaking to|spoke to|in an interview with|in a statement to|an email to|contacted by|according to reporting by)\s+${n}\b|\b${n}\s+(?:has|had|have)\s+(?:reached out|contacted|asked|requested|learned|learnt|obtained|seen)\b|\b${n}\s+(?:could not|cannot|was unable to|is unable to)\s+(?:independently\s+)?(?:verify|confirm|reach)\b|\b${n}(?:'s|’s)\s+(?:correspondent|reporter|analysis|investigation)\b`,
    'u',
  );
};

/** A name as names are compared: lower case, letters and digits only ("The Valley-Times" is "thevalleytimes"). */
export const nameKey = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "© 2025 <Name>", "Copyright (c) 2019-2025 <Name>": the page's copyright notice names it. */
function copyrighted(name: string, page: string): boolean {
  const want = nameKey(name);
  return copyrightHolders(page).some((h) => nameKey(h).startsWith(want));
}

/** A domain in the text that spells the name, with or without its "The": "harbourgazette.com" for "The Harbour Gazette". */
function spelledByDomain(name: string, page: string): boolean {
  const want = [nameKey(name), nameKey(name.replace(/^The\s+/u, ''))];
  for (const m of page.matchAll(/\b(?:www\.)?([a-z0-9-]{3,40})\.(?:[a-z]{2,6})(?:\.[a-z]{2})?\b/giu))
    if (want.includes(nameKey(m[1]!))) return true;
  return false;
}

/** A person's or a place's name in the lexicon's eyes: a first name opens it, or every word is a place. */
export function personOrPlace(name: string): boolean {
  const words = name.replace(/^The\s+/u, '').split(/\s+/);
  if (words.length > 1 && lexiconTags(words[0]!).first) return true;
  return words.every((w) => lexiconTags(w).place);
}

/** Whether a line standing alone is clearly an outlet's masthead, the page vouching for it. */
export function isLoneMasthead(l: Line, page: string, isName: (t: string) => boolean): boolean {
  const t = l.text;
  // "The" opens many outlets' names ("The Valley Times") and no other name's test takes it.
  const bare = t.replace(/^The\s+(?=\p{Lu})/u, '');
  if (l.kind !== 'short' || l.words > 4 || !isName(bare) || wireName(bare) || isSectionLabel(bare)) return false;
  // The page's own copyright or domain name it: that is the outlet, whatever its name looks like.
  if (copyrighted(t, page) || spelledByDomain(t, page)) return true;
  if (personOrPlace(t)) return false;
  const words = t.split(/\s+/);
  return (words.length > 1 && OUTLET_WORD.test(words[words.length - 1]!)) || selfReference(t).test(page);
}
