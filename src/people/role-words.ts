// Tests on single words around a name: role and title nouns, affiliations, modifiers, sentence openers, title typos.
import { DATELINE, isStopword } from '../text.js';
import {
  FOREIGN_ROLE_MODIFIERS,
  FOREIGN_ROLE_NOUNS,
  GERMAN_ROLE,
  LEGISLATOR_INITIALS,
  NOT_PERSON,
  OCCUPATION_NOUNS,
  OFFICE_TITLES,
  ROLE_NOUNS,
  TITLE_WORDS,
  knownPlace,
  lexiconTags,
} from './lexicon.js';
import { editDistance } from '../search/excerpt.js';
import { ORG_WORDS, given } from './tagger.js';
import { lower } from './name-tokens.js';
import { personNoun } from './person-nouns.js';

export const LEAD_WORDS = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'however',
  'when',
  'while',
  'after',
  'before',
  'as',
  'if',
  'since',
  'during',
  'according',
  'meanwhile',
  'new',
  'then',
  'also',
  'both',
  'former',
  'late',
  'like',
  'unlike',
  'despite',
  'besides',
  'alongside',
]);

/**
 * Whether only a dateline, a quotation mark or a bracket stands before a position in its sentence, or a quotation
 * the name attributes ("'They should seize the moment,' Mr Prettejohn, Lloyd's chief executive said"); a courtesy
 * title may stand before the name.
 */
export function opensSentence(s: string, at: number): boolean {
  const before = s.slice(0, at).replace(/(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$/u, '');
  return /^[\s"“‘'(]*$/u.test(before.replace(DATELINE, '')) || /[,!?]\s*["”’']\s*$/u.test(before);
}

/**
 * Whether a capitalised word before a body's name is a verb in -ing, not part of it ("Welcoming Soviet leader"), the
 * word after it naming no body or place ("Downing Street").
 */
export function verbOpeningBody(word: string, next: string): boolean {
  return lexiconTags(word).gerund && !NOT_PERSON.has(lower(next));
}

/** "former" or "ex" before a role: one held before. */
export const FORMER_WORD = /^(?:former|ex)$/iu;

export const COMPANY_SUFFIX =
  /^(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|NV|NA|AG|SA|SpA|GmbH|BV|LLC|LP|AB|Oy|ASA|KK|Bhd|Pty)\.?$/u;

/** Linking words of a role and its ministry or council in other languages: "ministro de", "ministre de l'". */
const OF_WORDS = "de la|de l['’]|del|de|des|du|da|do|das|dos|di|della|dello|dell['’]|degli|dei|van|von|für";

const FOREIGN_OF_ROLE = new RegExp(
  `(?:^|[\\s(])((?:\\p{L}+\\s+)?(\\p{L}[\\p{L}-]+)\\s+(?:${OF_WORDS})\\s*(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?|\\p{Ll}[\\p{L}-]{3,})),?\\s+$`,
  'u',
);

/**
 * A role of another language with its ministry or council, just before the name: "el ministro de Exteriores",
 * "le ministre de l'Intérieur", "la presidente del Consiglio", "o ministro da Fazenda".
 */
export function foreignOfRole(before: string): string | null {
  // The role stands just before the name: its last few words are enough (the pattern is slow on long text).
  const m = FOREIGN_OF_ROLE.exec(before.length > 80 ? before.slice(-80) : before);
  if (!m || !isForeignRole(m[2]!)) return null;
  const words = m[1]!.split(/\s+/);
  // Keep a word that opens the role ("primer ministro"), drop an article ("el", "la", "il").
  return FOREIGN_ROLE_MODIFIERS.has(lower(words[0]!)) || isForeignRole(words[0]!) ? m[1]! : words.slice(1).join(' ');
}

/** A role marked as one held before: "former prime minister"; "ex-president" is written "former president". */
export function formerOf(role: string): string {
  const bare = role.replace(/^(?:former|ex-)\s*/iu, '');
  return `former ${bare}`;
}

/** Offices news writes in initials, in capitals only ("PM John Howard", "Australia's PM, John Howard"), and what
 * they stand for. */
const OFFICE_INITIALS: Record<string, string> = { PM: 'prime minister', VP: 'vice president' };

/** The office a word in initials stands for ("PM", "PMs": prime minister; "VP": vice president), or null. */
export function officeOfInitials(word: string): string | null {
  return OFFICE_INITIALS[word.replace(/s$/u, '')] ?? null;
}

/** Whether a word is an office in initials: "PM". */
export const officeInitials = (word: string): boolean => officeOfInitials(word) !== null;

/** A role noun, also as part of a hyphenated one ("director-general"). */
export function isRoleNoun(word: string): boolean {
  const w = lower(word);
  return (
    officeInitials(word) ||
    ROLE_NOUNS.has(w) ||
    OCCUPATION_NOUNS.has(w) ||
    LEGISLATOR_INITIALS.has(w) ||
    isForeignRole(word) ||
    (w.includes('-') && w.split('-').some((x) => ROLE_NOUNS.has(x)))
  );
}

/** A role written in capitals: "DJ", "CEO", "PM", "PMs" (no body's initials: "IBM"). */
export const capitalRole = (word: string): boolean => /^\p{Lu}{2,}s?$/u.test(word) && isRoleNoun(word);

/** A member of a parliament in initials, one or several: "MP", "MEP", "MSPs". */
export function memberInitials(word: string): boolean {
  const w = /^\p{Lu}{2,3}s$/u.test(word) ? word.slice(0, -1) : word;
  return /^\p{Lu}{2,3}$/u.test(w) && (w === 'MP' || LEGISLATOR_INITIALS.has(lower(w)));
}

/** A role noun of another language: "ministro", "président", "Bundeskanzler", "Außenministerin". */
export function isForeignRole(word: string): boolean {
  const w = lower(word);
  return (
    FOREIGN_ROLE_NOUNS.has(w) ||
    (word.length >= 10 && GERMAN_ROLE.test(word)) ||
    // "oud-burgemeester", "ex-ministro", "primeiro-ministro": a role after a hyphen.
    (w.includes('-') && FOREIGN_ROLE_NOUNS.has(w.slice(w.lastIndexOf('-') + 1)))
  );
}

/** A role noun of another language written in lower case, and no English one: "préfet", "burgemeester". */
export function isForeignNoun(word: string): boolean {
  return /^\p{Ll}/u.test(word) && isForeignRole(word) && !ROLE_NOUNS.has(lower(word));
}

/** Peers' titles no one bears as a given name (not "Earl", "Baron"), beside the tagger's title words. */
const PEER_ONLY = new Set(['baroness', 'viscount', 'viscountess', 'marquess', 'countess']);

/** A title or role word, also inside a hyphenated title ("Secretary-General"). */
export function isTitleWord(word: string): boolean {
  const w = lower(word);
  return (
    TITLE_WORDS.has(w) ||
    OFFICE_TITLES.has(w) ||
    PEER_ONLY.has(w) ||
    isForeignRole(word) ||
    ROLE_NOUNS.has(w) ||
    memberInitials(word) ||
    capitalRole(word) ||
    (w.includes('-') && w.split('-').some((x) => TITLE_WORDS.has(x)))
  );
}

/**
 * Nouns for a person of a people or a party, which news puts before a name as it does a demonym ("Scot Nick
 * Smith", "Tory Liam Fox", "Democrat Nancy Pelosi"), and which the "-an"/"-ese" test below does not catch.
 */
const AFFILIATION_NOUNS = new Set(
  `scot scotsman scotswoman briton brit englishman englishwoman welshman welshwoman irishman irishwoman frenchman
  frenchwoman dutchman dutchwoman kiwi aussie swede dane finn pole turk czech slovak serb croat greek thai arab kurd
  pashtun uzbek tajik afghan yankee spaniard filipino filipina argentine cypriot tory democrat labourite socialist
  communist liberal dem dems`.split(/\s+/),
);

/**
 * Words for a faith, a party or a people: "Muslim groups", "Labour MPs", "Bangladeshi
 * and Pakistani families", "Irish replied": a group, no one's name when alone.
 */
const GROUP_WORDS = new Set(
  `muslim muslims jew jews jewish hindu hindus sikh sikhs buddhist buddhists catholic catholics protestant protestants
  sunni sunnis shia shias shiite shiites islamic anglican anglicans methodist methodists evangelical evangelicals
  mormon mormons labour conservative conservatives tory tories republican republicans democrats liberals
  socialists communists greens unionist unionists nationalist nationalists loyalist loyalists maori aborigines irish
  british britons brits english scottish scots spanish danish polish turkish swedish finnish kurdish flemish cornish`.split(
    /\s+/,
  ),
);

export function groupWord(word: string): boolean {
  const w = lower(word);
  return (
    GROUP_WORDS.has(w) ||
    AFFILIATION_NOUNS.has(w) ||
    // "Welsh", "Bangladeshi", "Englishman": a demonym the lexicon knows.
    lexiconTags(word).demonym
  );
}

/** Whether a word is one of the listed nouns for a people or a party member ("Tory", "Scot"), no -an/-ese guess. */
export const listedPeopleNoun = (word: string) => AFFILIATION_NOUNS.has(lower(word));

/** A noun for a person of a people or a party ("Scot", "Tory"), or a demonym that is no given name ("Kenyan"). */
export function isPeopleNoun(word: string): boolean {
  const w = lower(word);
  return AFFILIATION_NOUNS.has(w) || (/^\p{Lu}\p{Ll}+(?:an|ese)$/u.test(word) && !given().has(w));
}

/** Whether words name a country, people or body a person belongs to: "Chinese", "U.S.", "FBI", "South Korea". */
export function isAffiliation(words: string[]): boolean {
  const text = words.join(' ');
  if (words.length === 1 && AFFILIATION_NOUNS.has(lower(text))) return true;
  // An acronym first: "UN" is no French stopword here.
  if (/^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(text)) return true;
  // ("New York", "New Zealand": a place's whole name may open on a word that opens sentences.)
  if (words.some((w) => isStopword(lower(w)) || LEAD_WORDS.has(lower(w)))) return words.length > 1 && knownPlace(text);
  // A demonym's ending ("Lankan", "Congolese"), not a short word's: "Peter Pan", "Dan"; nor a trade's: "Technician",
  // "Statistician".
  const last = words[words.length - 1]!;
  if (
    /(?:an|ian|ese|ish|i|ic)$/u.test(last) &&
    (last.length >= 5 || lexiconTags(last).demonym) &&
    !personNoun(lower(last)) &&
    !isRoleNoun(last)
  )
    return true;
  return lexiconTags(text).place || words.every((w) => lexiconTags(w).place);
}

/** A word saying where a person is from, written before the name: "Tunisian-born", "Swedish", "Texan" (no acronym). */
export function originWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}[\p{L}-]*-born$/u.test(word) || (/^\p{Lu}\p{Ll}/u.test(word) && isAffiliation([word]));
}

/** The longest tail of words before a title that is an affiliation: "What People Are Saying U.S." -> "U.S.". */
export function affiliationIn(lead: string[]): string | null {
  for (let from = 0; from < lead.length; from++) if (isAffiliation(lead.slice(from))) return lead.slice(from).join(' ');
  return null;
}

/**
 * Words in -ing that belong to an office ("acting", "Managing Director", "Housing Minister"); any other opens no
 * role: "including president Reagan", "Using President Reagan's figures" are a participle before a title.
 */
const OFFICE_ING = new Set(
  `acting managing ruling governing presiding founding reigning visiting outgoing incoming sitting serving commanding
  defending ranking retiring caretaking consulting supervising coordinating leading marketing operating planning housing
  banking accounting engineering publishing broadcasting shipping mining trading lending training purchasing
  manufacturing licensing financing fundraising building farming fishing policing nursing teaching clearing
  recording programming advertising printing sporting`.split(/\s+/),
);

// (A role noun in -ing is none: "wing", "king".)
export const participle = (w: string) =>
  /ing$/u.test(w) && !OFFICE_ING.has(w) && !ROLE_NOUNS.has(w) && !OCCUPATION_NOUNS.has(w);

/** Lower-case words that may qualify an office written in capitals: "acting Foreign Minister". */
export const MODIFIERS = new Set([
  'acting',
  'deputy',
  'former',
  'interim',
  'vice',
  'senior',
  'then',
  'caretaker',
  'outgoing',
  'incoming',
  'new',
]);

/** Titles whose plurals open places' and teams' names: "Queens Park", "Kings Cross", "Chiefs". */
const ROYAL_OR_CHIEF =
  /^(?:king|queen|prince|princess|duke|duchess|lord|lady|earl|count|chief|sheikh|emir|sultan|pope)$/u;

/** A prize opening a hyphenated trade, which keeps its capital: "Oscar-winner", "Nobel-winning". */
const PRIZE_FIRST = /^(?:Oscar|Grammy|Emmy|Bafta|Brit|Olympic|Nobel|Pulitzer|Booker|Tony|Golden|Mercury)-/u;

/**
 * The role a trade capitalised for opening its sentence gives ("Guitarist" -> "guitarist", "Sprinters" ->
 * "sprinter", "Oscar-winner" with its prize's capital, "Judges" -> "judge"); not a royal title's plural, which opens places
 * ("Queens Park Rangers"). `givenNext`: a known given name follows it.
 */
export function openingTrade(word: string, givenNext: boolean): string | null {
  // ("Scrum-half" is "scrum-half".)
  const w = PRIZE_FIRST.test(word) ? word : word.toLowerCase();
  // (Or any noun for a person before a given name: "Technician Leslie Keefe"; not "Hunter Helicopter builds".)
  if (isRoleNoun(word) || (personNoun(w) && givenNext)) return w;
  const one = singularRole(word.toLowerCase());
  // (An office's title in the plural is each name's of the list it opens: "Judges Simon Cowell, Louis Walsh and
  // Sharon Osbourne"; not a royal's or a chief's, which open places and teams: "Queens Park Rangers", "Chiefs".)
  return one && (!TITLE_WORDS.has(one) || !ROYAL_OR_CHIEF.test(one)) ? one : null;
}

/** A title word in the plural, capitalised, as the title: "Justices" is "Justice", "Senators" "Senator". */
export function pluralTitle(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}{3,}s$/u.test(word) || isTitleWord(word)) return null;
  return isTitleWord(word.slice(0, -1)) ? word.slice(0, -1) : null;
}

/**
 * The singular of a plural role noun in lower case ("strikers", "actresses", "chairmen"), else null. `persons`: a
 * plural noun for people of any kind too ("400m runners", "hostages"), where a given name follows it.
 */
export function singularRole(word: string, persons = false): string | null {
  if (memberInitials(word) && word.endsWith('s')) return word.slice(0, -1);
  if (!/^\p{Ll}[\p{L}-]+s$|^\p{Ll}[\p{L}-]*men$/u.test(word)) return null;
  const forms = word.endsWith('men')
    ? [word.replace(/men$/u, 'man')]
    : [word.replace(/ies$/u, 'y'), word.replace(/es$/u, ''), word.slice(0, -1)];
  return forms.find((f) => f !== word && (isRoleNoun(f) || (persons && personNoun(f))) && !isRoleNoun(word)) ?? null;
}

/** Words of time, never part of a role written before a name. */
export const TIME_WORDS = new Set(
  `yesterday today tonight tomorrow week weeks weekend month months year years night morning afternoon evening day
  days earlier later ago`.split(/\s+/),
);

/** Adjectives of judgement, which describe a person but name no office: "a proud coach", "a great player". */
export const JUDGEMENT = new Set(
  `proud great good better best fine brilliant fantastic superb wonderful outstanding excellent talented gifted
  deserved deserving worthy only real true popular famous favourite favorite likely unlikely inspirational
  impressive magnificent legendary celebrated acclaimed influential prolific hapless embattled beleaguered
  disgraced controversial outspoken consummate`.split(/\s+/),
);

/** Subject pronouns: the word after one is its verb ("as they eye captain X"). */
const SUBJECTS = new Set('i we you they he she it who which that'.split(' '));

/**
 * Prepositions that no role before a name holds ("of" does: "chief of staff"), and the particles of a verb before it
 * ("swept aside defending champion X", "knocked out").
 */
const PREPOSITIONS = new Set(
  'without with for against behind under alongside opposite beside besides including except despite toward towards among amid between beyond into onto upon via versus aside away off out past down up'.split(
    ' ',
  ),
);

/**
 * Whether a lower-case word before a role noun is no part of the role: a verb in -ed ("defended coach X"), a
 * word after a subject pronoun ("they eye captain X"), a judgement ("proud coach X"), a number ("No 10 media chief"),
 * a verb in -s after a role noun ("coach joins flanker X") or after "to" ("due to marry fellow star X"), a verb or
 * "against" of the clause before (CLAUSE_LEAD: "beat fourth seed X").
 */
export function notOfTheRole(w: string, before: string | undefined): boolean {
  return (
    CLAUSE_LEAD.has(w) ||
    // A preposition ends the role: "is already without centre X" (an office's "of" stays in it: "chief of staff X").
    PREPOSITIONS.has(w) ||
    (/\p{L}{3}ed$/u.test(w) && !OFFICE_ED.has(w)) ||
    // "A viewer poll saw director X": an irregular past is a verb too.
    (!/ed$/u.test(w) && lexiconTags(w).pastVerb) ||
    /^\d+$/u.test(w) ||
    JUDGEMENT.has(w) ||
    // (A distance is no verb: "news that 10,000m hope X".)
    (before !== undefined &&
      !/^\d/u.test(w) &&
      (SUBJECTS.has(before.toLowerCase()) || AUXILIARIES.has(before.toLowerCase()))) ||
    // A verb whose subject is a role noun before it: "the new coach joins flanker X" (not "chief operations officer").
    (before !== undefined &&
      /\p{L}[^s]s$/u.test(w) &&
      /^\p{Ll}/u.test(before) &&
      isRoleNoun(before) &&
      lexiconTags(w).presentVerb) ||
    // A verb after "to": "was due to marry fellow tennis star X".
    (before?.toLowerCase() === 'to' && lexiconTags(w).presentVerb)
  );
}

/**
 * Words before a verb: the word after one is that verb ("could meet four-time champion X"), or what it says of the
 * subject ("he was confident shadow home secretary X would").
 */
const AUXILIARIES = new Set('will would could can may might must shall should did does do is was are were'.split(' '));

/**
 * Verbs and a preposition before a role noun that belong to the clause, not the role: "beat fourth seed X",
 * "overcame eighth seed X", "against qualifier X", "argues analyst X", "joins flanker X".
 */
const CLAUSE_LEAD = new Set(
  `against beat beats overcame ousted faces faced meets met plays played defeated edged stunned thrashed include
  includes joins join believes argues asks let`.split(/\s+/),
);

/** Words in -ed that belong to an office: "elected", "appointed" mayor, "retired" general, "designated" hitter. */
const OFFICE_ED = new Set('elected appointed retired designated detained jailed exiled ousted deposed'.split(' '));

/** A word one or two letters from a title word of six letters or more, and no given name: a wire typo of a title. */
export function isTitleTypo(word: string): boolean {
  const w = word.toLowerCase();
  // "Senate" is a word of its own, not a typo of "Senator".
  if (w.length < 6 || TITLE_WORDS.has(w) || NOT_PERSON.has(w) || given().has(w) || !/^\p{Lu}\p{Ll}+$/u.test(word))
    return false;
  for (const t of TITLE_WORDS)
    if (t.length >= 6 && Math.abs(t.length - w.length) <= 2 && t[0] === w[0] && slipOf(t, w)) return true;
  return false;
}

/**
 * One letter wrong, or two letters swapped ("Prersident", "Minsiter", "Secertary"); not two letters changed, which
 * makes another word ("Corporate" is no "Corporal").
 */
function slipOf(title: string, w: string): boolean {
  const d = editDistance(title, w);
  return d <= 1 || (d === 2 && [...title].sort().join('') === [...w].sort().join(''));
}

export const MONTH_OR_DAY =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** The title word a wire typo nearly spells, capitalised as written: "Prersident" -> "President"; else null. */
export function titleOfTypo(word: string): string | null {
  if (!isTitleTypo(word)) return null;
  const w = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = 3;
  for (const t of TITLE_WORDS) {
    if (t.length < 6 || t[0] !== w[0] || Math.abs(t.length - w.length) > 2) continue;
    const d = slipOf(t, w) ? editDistance(t, w) : 3;
    if (d < bestDistance) [best, bestDistance] = [t, d];
  }
  return best && word[0]! + best.slice(1);
}

/**
 * A capitalised word that may name a title's portfolio or body ("Agriculture", "Bundesbank", "White House"): no
 * affiliation, date, given name, small word or headline capitals.
 */
export function isPortfolio(word: string): boolean {
  const w = lower(word);
  return (
    // (A firm's hyphenated name too: "Beghin-Say President", "Coca-Cola Chairman".)
    /^\p{Lu}[\p{Ll}&]+(?:-\p{Lu}?[\p{Ll}&]+)*-?$|^\p{Lu}{2,5}$/u.test(word) &&
    !isStopword(w) &&
    !LEAD_WORDS.has(w) &&
    !MODIFIERS.has(w) &&
    !given().has(w) &&
    !lexiconTags(word).date &&
    !MONTH_OR_DAY.test(w) &&
    !isAffiliation([word])
  );
}

/**
 * A word capitalised for opening the sentence, never part of a title after it: "Although President Bush",
 * "Earlier Foreign Secretary Jack Straw", "Meanwhile". An ordinal is part of one ("First Minister", "Second Lady").
 */
export function openerOfSentence(w: string): boolean {
  return (
    LEAD_WORDS.has(w) ||
    isStopword(w) ||
    /^(?:earlier|later|yesterday|today|tonight|tomorrow)$/u.test(w) ||
    (lexiconTags(w).closed && !/^(?:first|second|third|under|over)$/u.test(w))
  );
}

/** Words for a player that "forward" may follow: "veteran forward X", "former forward X". */
const PLAYER_WORDS = /^(?:former|ex|veteran|young|teenage|experienced|international|centre|utility|star|new)$/iu;

/**
 * Whether "forward" right after token `at` of a sentence is a player's position: after a body's name ("Leeds forward
 * X") or a word for a player ("veteran forward X"); not after a verb or an adverb opening the sentence ("Going
 * forward, X said", "put forward X") nor a market's term ("15-day forward April Brent").
 */
export function forwardAsPosition(s: string, toks: readonly { text: string; start: number }[], at: number): boolean {
  const prev = toks[at];
  if (!prev) return false;
  // (A capital opening the sentence may be a verb's or an adverb's: "Going forward, X said".)
  const opener = opensSentence(s, prev.start) && (lexiconTags(prev.text).gerund || openerOfSentence(lower(prev.text)));
  return (/^\p{Lu}/u.test(prev.text) && !opener) || PLAYER_WORDS.test(prev.text);
}

/** Courtesy titles, never part of a name: "Mr Brown" is Brown. ("Sir", "Lord" stay: news names people by them.) */
export const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/u;

/** Titles shortened, which the tagger may read as an organisation's word: "Gen Musharraf", "Gov. Smith". */
export const TITLE_ABBREVIATIONS =
  /^(?:Gen|Gov|Adm|Brig|Cdr|Cmdr|Supt|Insp|Det|Rev|Fr|Sr|Sra|Pres|Amb|Sec|Hon|Atty|Asst)\.?$/u;

/** Words that head a body's name ("Labour Party", "Bank of England", "Chamber of Commerce"): the tagger's, and more. */
const BODY_WORDS = new Set([
  ...ORG_WORDS,
  ...'chamber chambers society academy bureau organisation organization museum institution'.split(' '),
  // (A paper's: "Jewish Chronicle editor", "Sydney Morning Herald correspondent".)
  ...'chronicle herald gazette telegraph tribune observer magazine'.split(' '),
]);
export const bodyWord = (word: string) => BODY_WORDS.has(lower(word));
