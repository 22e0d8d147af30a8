// Words that frame a name: titles and ranks before it, role nouns, particles inside it, and words that
// mark an organisation rather than a person. General English news vocabulary, not any article's strings.
import nlp from 'compromise';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Title and rank words that may precede a name inside a capitalised run ("Deputy Prime Minister Ishaq Dar"). */
export const TITLE_WORDS = words(`
  president vice prime minister deputy foreign interior information defence defense finance home trade treasury
  secretary general chief director executive senator sen rep representative congressman congresswoman governor mayor
  chairman chairwoman chair speaker chancellor premier ambassador envoy commissioner spokesman spokesperson spokeswoman
  field marshal admiral colonel col lieutenant lt captain capt major maj sergeant sgt commander brigadier corporal
  king queen prince princess emir sheikh sultan crown pope cardinal bishop imam mullah maulana mufti ayatollah hafiz haji
  mr mrs ms miss dr prof professor sir dame lord lady judge justice attorney acting interim former state supreme leader
  officer head minister-designate syed sayyid shadow
`);

/**
 * Offices written capitalised before a name as titles are ("State Comptroller Alan Hevesi", "Sheriff Lee Baca"), kept
 * out of TITLE_WORDS, whose membership is a feature the tagger was trained with.
 */
export const OFFICE_TITLES = words(`
  comptroller treasurer auditor ombudsman registrar provost rector sheriff prosecutor magistrate coroner
  solicitor-general attorney-general inspector superintendent constable chaplain archbishop archdeacon rabbi pastor reverend
  vicar undersecretary under-secretary detective det supt insp gen gov atty asst adm cmdr cdr brig
`);

/**
 * Words that open an institution's or a building's name in the other six languages, where the English-trained
 * tagger may take the name for a person's: "Banque de France", "Schloss Bellevue", "Palazzo Chigi", "Caisse Nationale
 * de Credit Agricole", "Gruppo Ferruzzi".
 */
export const INSTITUTION_HEADS = new Set(
  `banque banco banca banka caisse caixa cassa caja credito compagnie compania compagnia
  companhia societe società sociedad sociedade groupe grupo gruppo industrias industrie aktiebolaget kreditanstalt
  landesbank sparkasse bundesbank ministère ministerio ministero ministério ministerie ministerium conseil consejo
  consiglio conselho gouvernement gobierno governo regering regierung palais palacio palazzo palácio paleis schloss
  château castillo castello université universidad università universidade universiteit universität tribunal
  tribunale gericht bundesgericht assemblée asamblea assemblea assembleia parlement parlamento parlament bundestag
  église iglesia chiesa igreja kerk kirche hôpital hospital ospedale ziekenhuis krankenhaus`.split(/\s+/),
);

/** Honorifics dropped from a name when enough of the name remains ("Syed Asim Munir" -> "Asim Munir"). */
export const HONORIFICS = words(
  'mr mrs ms miss dr prof sir dame lord lady syed sayyid sheikh mullah maulana mufti hafiz haji',
);

/** Ranks: kept as a role of their own, apart from the office ("Field Marshal"). */
export const RANKS = words(
  'field marshal admiral colonel col lieutenant lt captain capt major maj sergeant sgt general brigadier commander',
);

/** Nouns that head a role phrase, in lower case ("political analyst", "executive director of ..."). */
export const ROLE_NOUNS = words(`
  president minister secretary director chief analyst spokesman spokesperson spokeswoman commander general marshal
  ambassador envoy senator governor mayor chairman chairwoman chair leader figure official diplomat researcher editor
  journalist reporter correspondent professor founder co-founder head king queen prince emir judge lawyer podcaster host
  officer adviser advisor negotiator representative member expert economist scholar fellow analyst activist author
  premier chancellor speaker commissioner administrator coordinator manager ceo cfo cto chairperson presenter anchor
  columnist historian strategist consultant mediator deputy candidate lawmaker legislator mp politician cleric scientist
  laureate winner champion actor actress singer writer poet artist novelist filmmaker coach player captain striker
  ruler lady advocate executive campaigner organiser organizer protester witness victim survivor resident
  chargé envoy-designate attaché owner investor entrepreneur billionaire businessman businesswoman physician doctor surgeon nurse teacher student
`);

/**
 * Occupations news writes before a name as it does a role ("computer games maker Peter Molyneux", "fashion designer
 * Jo Wills", "Chelsea boss Jose Mourinho"): role nouns for reading roles, kept out of ROLE_NOUNS, whose membership
 * is a feature the tagger was trained with.
 */
export const OCCUPATION_NOUNS = words(`
  designer developer programmer engineer architect composer musician photographer broadcaster
  comedian dancer playwright chef pilot footballer cricketer athlete boxer golfer jockey trainer boss stylist rapper
  guitarist drummer inventor astronaut cyclist screenwriter goalkeeper keeper defender midfielder winger full-back
  fly-half scrum-half hooker flanker prop hurdler sprinter skipper referee umpire pundit film-maker dj critic holder
  decathlete heptathlete pentathlete triathlete marathoner steeplechaser physio semi-finalist quarter-finalist runner-up
  lock back-rower forward centre-forward dean provost rector headmaster headmistress headteacher
  ombudsman undersecretary under-secretary partner producer controller treasurer aide star wing legend
  frontman frontwoman vocalist bassist keyboardist pianist violinist cellist conductor soprano tenor songwriter
  singer-songwriter choreographer cartoonist illustrator sculptor painter curator newsreader commentator model
  batsman bowler paceman spinner wicketkeeper wicket-keeper all-rounder quarterback pitcher outfielder centre-back
  centre-half lecturer academic seed qualifier solicitor barrister cinematographer lyricist creator animator
  arbitrageur tycoon magnate financier millionaire industrialist speculator banker trader specialist
  archbishop bishop cardinal rabbi imam cleric vicar chaplain admiral colonel lieutenant brigadier corporal commodore
  publicist impresario promoter pioneer mogul philanthropist blogger comic philosopher theologian dramatist essayist
  satirist humorist impressionist delegate ballerina scorer goalscorer veteran
  farmer agent employee worker pupil accountant attorney prosecutor detective soldier sergeant policeman policewoman
  dentist pharmacist veterinarian mechanic driver fisherman plumber electrician clerk cashier waiter waitress
  biologist physicist assistant volunteer nominee challenger centre center
  colleague bandmate band-mate team-mate teammate co-star classmate co-worker
  popstar rocker crooner starlet protege protégé stockbroker broker dealer tester reviewer contestant
  finalist housemate icon peer receptionist chauffeur housekeeper nanny butler shopkeeper translator
  interpreter librarian
`);

/**
 * Members of a parliament or assembly written as initials before a name ("Green MSP Mark Ballard", "Labour MEP
 * Glenys Kinnock", "SDLP MLA Alban Maginness"). "MP" is in ROLE_NOUNS; these are kept out, as the tagger's features
 * were trained with that list.
 */
export const LEGISLATOR_INITIALS = words('msp mep mla mpp mha mna');

/**
 * Role nouns of French, Spanish, German, Portuguese, Italian and Dutch news ("le président", "el ministro",
 * "Bundeskanzler", "o presidente", "il sindaco", "burgemeester"). Kept apart from the English lists, which the
 * tagger's features were trained with.
 */
export const FOREIGN_ROLE_NOUNS = words(`
  président présidente ministre chancelier chancelière porte-parole maire secrétaire directeur directrice ambassadeur
  ambassadrice gouverneur général générale député députée chef dirigeant dirigeante sénateur sénatrice
  presidenta ministro ministra canciller portavoz alcalde alcaldesa gobernador gobernadora embajador embajadora
  secretario secretaria jefe jefa líder diputado diputada senador senadora mandatario mandataria
  kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin bundespräsident bundespräsidentin ministerin
  ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin sprecher sprecherin vorsitzende vorsitzender chefin
  presidente governador governadora prefeito prefeita porta-voz secretário secretária deputado deputada
  sindaco portavoce segretario segretaria
  burgemeester woordvoerder voorzitter minister-president premier staatssecretaris
  préfet préfète procureur procureure conseiller conseillère vice-président vice-présidente
  vicepresidente vicepresidenta intendente concejal concejala
  gouverneur gouverneurin botschafter botschafterin senatorin abgeordnete abgeordneter staatssekretär staatssekretärin
  generalsekretär generalsekretärin landrat landrätin
  prefeita vereador vereadora chanceler embaixador embaixadora ministro-chefe
  sindaca governatore governatrice ambasciatore ambasciatrice senatore senatrice deputato deputata prefetto assessore
  cancelliere ministra procuratore presidentessa
  woordvoerster voorzitster wethouder kanselier bondskanselier commissaris gedeputeerde fractievoorzitter partijleider
  ambassadeur directeur
`);

/** Words that open a foreign role: "Première ministre", "primer ministro", "vice-président". */
export const FOREIGN_ROLE_MODIFIERS = words(
  'premier première primer primera primeiro primeira vice ancien ancienne ex expresidente former',
);

/** Capitalised German compounds that end in a role: "Außenministerin", "Finanzminister", "Regierungssprecher". */
export const GERMAN_ROLE =
  /^\p{Lu}\p{L}{3,}(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|vorsitzende|vorsitzender|bürgermeister|bürgermeisterin|sekretär|sekretärin)$/u;

/** Small words that may sit inside a name ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const PARTICLES = words('bin bint ibn al el ul ud de del della der den van von da di dos du la le ter');

/** Words that make a capitalised run an organisation, a place or an event, not a person. */
export const NOT_PERSON = words(`
  institute institution party movement army ministry office commission council university college school corridor
  initiative agency bureau forces force group network organization organisation committee news times post radio press
  center centre bank company corporation corp inc ltd association union front league court house department government
  administration embassy province district state states city town county republic kingdom airport station port
  operation programme program project plan doctrine amendment summit conference forum treaty agreement accord act
  bill policy review report
  street road avenue square bridge river mountain valley sea ocean gulf border region area zone camp village basin
  service services police military navy air fleet brigade battalion regiment media tv television channel magazine journal
  daily weekly online club foundation fund trust society authority board parliament assembly senate congress cabinet
  church mosque temple museum hospital experience podcast show festival award awards prize prizes games cup championship
  olympics paralympics olympiad marathon tournament regatta prix
  theatre theater stadium arena strait straits islands
  images pictures photos markets securities holdings investments industries partners brothers
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
  november december islamic taliban presidency
`);

/** Verbs that follow a person's name in reporting ("Tarar said", "Munir visited"). */
export const PERSON_VERBS = words(`
  said says told tells added adds noted notes agreed agrees stressed stresses warned warns urged urges wrote writes
  reiterated visited met spoke speaks announced announces explained explains denied denies insisted argued argues
  expressed concluded congratulated invited talked signed emphasized emphasised welcomed asked asks replied recalled
  believes thinks claimed claims vowed vows pledged called calls accused accuses praised criticised criticized
  acknowledged admitted confirmed confirms declared declares promised suggested suggests tweeted posted responded
  appeared appears took won lost resigned
`);

interface LexiconTags {
  first: boolean;
  place: boolean;
  date: boolean;
  demonym: boolean;
  /** A word of a closed class, which opens a phrase but names nothing: "another", "despite", "one", "very". */
  closed: boolean;
  /** A verb of the present, never a noun in compromise's lexicon: "joins", "signs" (not "operations"). */
  presentVerb: boolean;
  /** A verb in -ing and no name ("Finding", "Saving"): no given name opens on one. */
  gerund: boolean;
  /** A verb of the past, never a noun: "saw", "told", "took" (the regular "-ed" ones too). */
  pastVerb: boolean;
}

const cache = new Map<string, LexiconTags>();

/**
 * Countries and regions compromise's lexicon has no place tag for, though news names them daily ("Britain's next
 * opponents", "Britain edged ahead"): taken for people's names alone. Not those that are names too (Chad,
 * Jordan, Holland: "Jools Holland").
 */
const PLACES_TOO = new Set(
  `Britain Bosnia Congo Laos Philippines Ulster Arabia Scandinavia Kashmir Tibet Kurdistan Darfur Catalonia
  Flanders Wallonia`.split(/\s+/),
);

/** What compromise's lexicon knows of one word, cached: a first name, a place, a date word, a closed-class word. */
export function lexiconTags(word: string): LexiconTags {
  let tags = cache.get(word);
  if (!tags) {
    const d = nlp(word);
    tags = {
      first: d.has('#FirstName'),
      place: (d.has('#Place') && !d.has('#Person')) || PLACES_TOO.has(word),
      date: d.has('#Date'),
      demonym: d.has('#Demonym'),
      closed:
        d.has('#Determiner') || d.has('#Preposition') || d.has('#Conjunction') || d.has('#Value') || d.has('#Adverb'),
      presentVerb: d.has('#PresentTense') && !d.has('#Noun'),
      gerund: d.has('#Gerund') && !d.has('#Person') && commonStem(word.toLowerCase()),
      pastVerb: d.has('#PastTense') && !d.has('#Noun') && !d.has('#Person'),
    };
    if (cache.size > 50_000) cache.clear();
    cache.set(word, tags);
  }
  return tags;
}

/** What compromise's lexicon knows of a whole name, parsed once: no person's but an organisation's or a place's, a place's. */
interface SpanTags {
  notPerson: boolean;
  place: boolean;
}

const spanCache = new Map<string, SpanTags>();

function spanTags(name: string): SpanTags {
  let tags = spanCache.get(name);
  if (!tags) {
    const d = nlp(name);
    const terms = d.terms().length;
    const person = d.has('#Person');
    tags = {
      notPerson:
        (d.has('#Organization') || d.has('#Place')) &&
        !person &&
        terms === d.match('(#Organization|#Place)').terms().length,
      place: terms > 0 && terms === d.match('#Place').terms().length && !person,
    };
    if (spanCache.size > 50_000) spanCache.clear();
    spanCache.set(name, tags);
  }
  return tags;
}

/** Whether compromise's lexicon has a name of several words as one entry: "Abu Dhabi", "Wells Fargo", "Nova Scotia". */
export function lexiconEntry(name: string): boolean {
  return entry(name.toLowerCase()) !== undefined;
}

/** A word English knows only as an abbreviation of no organisation, title or place: "AL", "PD" (not "BP", "JR"). */
export function plainAbbreviation(word: string): boolean {
  let plain = abbreviations.get(word);
  if (plain === undefined) {
    const d = nlp(word);
    plain = d.has('#Abbreviation') && !d.has('#Organization') && !d.has('#Honorific') && !d.has('#Place');
    abbreviations.set(word, plain);
  }
  return plain;
}
const abbreviations = new Map<string, boolean>();

/**
 * A word English does not know: compromise reads it only as a singular noun by default (no plural, verb, adjective,
 * name or place: "Lal", "Paschoal"; not "Sprinters", "Unseeded", "Conservative", "William").
 */
export function unknownWord(word: string): boolean {
  let unknown = unknownWords.get(word);
  if (unknown === undefined) {
    const tags = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
    unknown = tags.length === 2 && tags.includes('Noun') && tags.includes('Singular') && !lexiconEntry(word);
    unknownWords.set(word, unknown);
  }
  return unknown;
}
const unknownWords = new Map<string, boolean>();

/** An adverb made of an adjective and "-ly" ("Eventually", "Finally"), not a name that ends so ("Olly", "Kelly"). */
export function adverbOfAdjective(word: string): boolean {
  return /..ly$/u.test(word) && nlp(word.slice(0, -2)).has('#Adjective');
}

/** A word the lexicon knows as a common word only, no name of any kind: "Cafes", "Creek" (not "Smith", "Chase"). */
export function commonWordOnly(word: string): boolean {
  if (!lexiconEntry(word) && !(/s$/u.test(word) && lexiconEntry(word.slice(0, -1)))) return false;
  const d = nlp(word);
  return !d.has('#Person') && !d.has('#Place') && !d.has('#Organization') && (d.has('#Noun') || d.has('#Verb'));
}

/** An adjective that is no people's nor place's name: "Other", "Leading" (not "Japanese", "Hollywood"). */
export function plainAdjective(word: string): boolean {
  const d = nlp(word);
  return d.has('#Adjective') && !d.has('#Demonym') && !d.has('#Place') && !d.has('#Noun');
}

/** Whether compromise's lexicon knows a whole name as an organisation or a place, and not as a person: "Al Jazeera". */
export function knownNotPerson(name: string): boolean {
  return spanTags(name).notPerson;
}

/** Whether compromise's lexicon knows every word of a name as one place: "New York", "New Zealand"; not "New Labour". */
export function knownPlace(name: string): boolean {
  return spanTags(name).place;
}

let lexicon: Record<string, string | string[]> | null = null;

/** compromise's lexicon entry for a word in lower case: its tag or tags, a lookup with no parse. */
function entry(word: string): string | string[] | undefined {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return lexicon[word];
}

/**
 * Whether a word in -ing is made of a common English word ("finding" of "find", "saving" of "save", "robbing" of
 * "rob"), not a name compromise guesses a gerund by its ending ("Erling", "Xing", "Channing").
 */
function commonStem(w: string): boolean {
  const base = w.replace(/ing$/u, '');
  for (const stem of [base, `${base}e`, /(\p{Ll})\1$/u.test(base) ? base.slice(0, -1) : '']) {
    const tags = stem ? entry(stem) : undefined;
    if (tags !== undefined && !/Name|Person/u.test(String(tags))) return true;
  }
  return false;
}

/** Whether compromise's lexicon holds a word as a common noun for a person ("Boss", "Veteran"): a lookup, no parse. */
export function lexiconPersonNoun(word: string): boolean {
  return entry(word.toLowerCase()) === 'Actor';
}

/** Whether compromise's lexicon holds a word as a given name or a person's, or not at all ("Sania"): no common word. */
export function lexiconNameOrUnknown(word: string): boolean {
  const tags = entry(word.toLowerCase());
  return tags === undefined || (typeof tags === 'string' && /^(?:MaleName|FemaleName|FirstName|Person)$/u.test(tags));
}

/** Countries whose name in lower case is a common word too ("turkey", "china"). */
const COUNTRY_COMMON_TOO = new Set(['turkey', 'china', 'chile', 'guinea', 'japan']);

/** Whether a word in lower case is a country's name only ("venezuela", "jamaica"): no common word writes it so. */
export function lexiconCountry(word: string): boolean {
  return entry(word) === 'Country' && !COUNTRY_COMMON_TOO.has(word);
}

/** Tags compromise's lexicon gives a place's name. */
const PLACE_TAGS = /^(?:Country|City|Region|Place|Continent)$/u;

/**
 * Whether compromise's lexicon holds a name of several words as one place's ("Rhode Island", "West Virginia", "San
 * Jose"), and no person's: a lookup, no parse, cheap enough to ask of every name the tagger is sure of.
 */
export function lexiconPlaceName(name: string): boolean {
  if (!name.includes(' ')) return false;
  const tags = entry(name.toLowerCase());
  if (tags === undefined) return false;
  const all = Array.isArray(tags) ? tags : [tags];
  return all.some((t) => PLACE_TAGS.test(t)) && !all.some((t) => /Name|Person/u.test(t));
}

/** Whether compromise's lexicon holds one word as an organisation's name ("Microsoft", "Ford"): a lookup, no parse. */
export function lexiconOrganisation(word: string): boolean {
  const tags = entry(word.toLowerCase());
  return tags !== undefined && (tags === 'Organization' || (Array.isArray(tags) && tags.includes('Organization')));
}
