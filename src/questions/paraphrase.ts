// Paraphrase without a network: a question's word meets the words news writes for the same thing ("worth" finds
// "a $62bn project", "leads" finds "commander"). General news vocabulary, grouped by meaning; no article's strings.

const GROUPS: string[][] = [
  ['big', 'large', 'size', 'worth', 'value', 'billion', 'bn', 'million'],
  [
    'worth',
    'value',
    'valued',
    'cost',
    'costs',
    'costing',
    'price',
    'priced',
    'billion',
    'bn',
    'million',
    'mln',
    'investment',
    'invested',
    'budget',
    'funding',
    'spend',
    'spent',
  ],
  [
    'lead',
    'leads',
    'leader',
    'leadership',
    'led',
    'commander',
    'chief',
    'head',
    'heads',
    'headed',
    'chairman',
    'chair',
    'ruler',
    'president',
    'boss',
  ],
  [
    'fall',
    'fell',
    'fallen',
    'captured',
    'capture',
    'seized',
    'seize',
    'taken',
    'overran',
    'overrun',
    'retook',
    'control',
    'controlled',
    'takeover',
  ],
  ['far', 'range', 'distance', 'metres', 'miles', 'km'],
  ['fast', 'speed', 'pace', 'rate'],
  ['visit', 'visited', 'visiting', 'trip', 'travelled', 'traveled', 'arrived', 'toured', 'tour'],
  ['kill', 'killed', 'killing', 'dead', 'deaths', 'died', 'death', 'casualties', 'toll', 'fatalities'],
  ['old', 'aged', 'age', 'year-old'],
  ['bribe', 'bribery', 'bribing', 'bribed', 'kickback', 'kickbacks'],
  ['meet', 'met', 'meeting', 'talks', 'summit', 'gathering'],
  [
    'attack',
    'attacks',
    'attacked',
    'strike',
    'strikes',
    'struck',
    'bombing',
    'raid',
    'assault',
    'offensive',
    'shelling',
  ],
  ['agree', 'agreed', 'agreement', 'deal', 'accord', 'pact', 'treaty'],
  ['sign', 'signed', 'signing'],
  ['win', 'won', 'victory', 'winner', 'beat', 'defeated'],
  // (A goal is told by what scored it: "an Alan Shearer strike", "Grady's header".)
  [
    'score',
    'scored',
    'scores',
    'scorer',
    'goal',
    'goals',
    'strike',
    'header',
    'netted',
    'equaliser',
    'equalised',
    'equalizer',
    'equalized',
    'opener',
    'winner',
  ],
  ['lose', 'lost', 'defeat', 'defeated'],
  ['resign', 'resigned', 'resignation', 'quit', 'stepped'],
  ['arrest', 'arrested', 'detained', 'detention', 'custody', 'jailed'],
  ['appoint', 'appointed', 'named', 'appointment', 'nominated', 'sworn'],
  ['elect', 'elected', 'election', 'vote', 'voted', 'poll', 'polls'],
  ['build', 'built', 'construction', 'constructed', 'project'],
  ['established', 'establish', 'founded', 'formed', 'created', 'launched'],
  // (Who made a work: "American Dad, made by X, the creator of Family Guy".)
  ['create', 'created', 'creator', 'creators', 'devised', 'invented', 'inventor', 'designed', 'designer'],
  ['earthquake', 'quake', 'tremor'],
  ['start', 'started', 'begin', 'began', 'begun', 'launch', 'launched', 'opened', 'started'],
  ['end', 'ended', 'ceasefire', 'truce', 'halt', 'halted'],
  ['die', 'died', 'dies', 'death', 'dead', 'passed', 'aged'],
  ['born', 'birth'],
  ['country', 'countries', 'nation', 'nations', 'state', 'states', 'members', 'member'],
  ['comprise', 'comprises', 'consist', 'consists', 'members', 'member', 'includes', 'including', 'made'],
  ['population', 'residents', 'inhabitants', 'people'],
  ['earn', 'earned', 'earnings', 'profit', 'profits', 'revenue', 'revenues', 'income', 'salary'],
  // (A sale is a payment seen from the seller: "sell 13 pct to Nippon Life for 538 mln dlrs" is what it pays.)
  ['pay', 'paid', 'paying', 'payment', 'buy', 'bought', 'cost', 'price', 'for', 'sell', 'sold'],
  ['buy', 'bought', 'buying', 'acquire', 'acquired', 'acquiring', 'acquisition', 'purchase', 'purchased', 'takeover'],
  ['sell', 'sold', 'sale', 'sales'],
  ['ban', 'banned', 'prohibit', 'prohibited', 'outlawed'],
  ['suspend', 'suspended', 'suspension', 'ban', 'banned', 'barred'],
  ['blame', 'blamed', 'responsible', 'responsibility'],
  ['flee', 'fled', 'displaced', 'refugees', 'exodus'],
  ['deport', 'deported', 'expelled', 'expulsion', 'repatriated', 'repatriation', 'returned'],
  ['border', 'frontier', 'crossing'],
  ['based', 'headquartered', 'headquarters', 'located'],
  // (A revised estimate is told as "the upward revision", "the new forecast".)
  ['estimate', 'estimates', 'forecast', 'forecasts', 'projection', 'projections', 'revision', 'revisions'],
  ['reopen', 'reopened', 'reopening', 'resumed', 'resume'],
  ['close', 'closed', 'closure', 'shut', 'sealed'],
  ['say', 'said', 'says', 'stated', 'told', 'announced', 'declared'],
  ['plan', 'plans', 'planned', 'intends', 'proposal', 'proposed', 'scheduled'],
  ['increase', 'increased', 'rise', 'rose', 'grew', 'growth', 'up', 'jumped', 'surged', 'uplift'],
  ['raise', 'raised', 'raising', 'increase', 'increased', 'hike', 'hiked'],
  ['decrease', 'decreased', 'fall', 'fell', 'drop', 'dropped', 'declined', 'decline', 'down'],
  ['ambassador', 'envoy', 'diplomat', 'chargé'],
  ['army', 'military', 'troops', 'forces', 'soldiers'],
  ['cut', 'cuts', 'cutting', 'shed', 'shedding', 'axe', 'axed', 'axing', 'slash', 'slashed', 'trim', 'trimmed'],
  // A country's short name and its name in full: "the US" is "the United States".
  ['money', 'proceeds', 'funds'],
  ['house', 'home', 'houses', 'homes'],
  ['expect', 'expects', 'expected', 'predict', 'predicted', 'predicts', 'forecast', 'forecasts', 'see', 'sees'],
  ['us', 'united states'],
  ['uk', 'britain', 'united kingdom'],
  ['un', 'united nations'],
];

const RELATED = new Map<string, Set<string>>();
for (const group of GROUPS) {
  for (const w of group) {
    let set = RELATED.get(w);
    if (!set) RELATED.set(w, (set = new Set()));
    for (const other of group) if (other !== w) set.add(other);
  }
}

/** Words news uses for the same thing as `word` (lower case), without the word itself. */
export function related(word: string): string[] {
  return [...(RELATED.get(word.toLowerCase()) ?? [])];
}

/** Irregular forms of common news verbs: "took" is "take", not a word of its own. */
const FORMS: string[][] = [
  'take took taken takes taking',
  'make made makes making',
  'pay paid pays paying',
  'hold held holds holding',
  'tell told tells telling',
  'say said says saying',
  'win won wins winning',
  'lose lost loses losing',
  'lead led leads leading',
  'meet met meets meeting',
  'buy bought buys buying',
  'sell sold sells selling',
  'rise rose risen rises rising',
  'fall fell fallen falls falling',
  'grow grew grown grows growing',
  'give gave given gives giving',
  'go went gone goes going',
  'come came comes coming',
  'begin began begun begins beginning',
  'run ran runs running',
  'bring brought brings bringing',
  'keep kept keeps keeping',
  'leave left leaves leaving',
  'spend spent spends spending',
  'send sent sends sending',
  'build built builds building',
  'fight fought fights fighting',
  'seek sought seeks seeking',
  'speak spoke spoken speaks speaking',
  'write wrote written writes writing',
  'break broke broken breaks breaking',
  'choose chose chosen chooses choosing',
  'drive drove driven drives driving',
  'fly flew flown flies flying',
  'flee fled flees fleeing',
  'know knew known knows knowing',
  'see saw seen sees seeing',
  'shoot shot shoots shooting',
  'strike struck strikes striking',
  'swear swore sworn swears swearing',
  'think thought thinks thinking',
  'throw threw thrown throws throwing',
  'withdraw withdrew withdrawn withdraws withdrawing',
  'find found finds finding',
  'get got gets getting',
  'steal stole stolen steals stealing',
  'sink sank sunk sinks sinking',
].map((f) => f.split(' '));

const FORM_OF = new Map<string, string[]>();
for (const forms of FORMS)
  for (const f of forms)
    FORM_OF.set(
      f,
      forms.filter((x) => x !== f),
    );

/** The other forms of a verb: irregular ones from the table ("took" → take, taken…), regular ones by rule ("die" →
 *  died, dies, dying; "debated" → debate, debates). A noun gains forms nothing has, which costs nothing. */
export function inflections(word: string): string[] {
  const w = word.toLowerCase();
  const irregular = FORM_OF.get(w);
  if (irregular) return irregular;
  if (!/^[a-z]{3,}$/.test(w)) return [];
  const base = /ied$/.test(w)
    ? w.slice(0, -3) + 'y'
    : /(?:[^aeiou]e|ee)d$/.test(w)
      ? w.slice(0, -1)
      : /ed$/.test(w)
        ? w.slice(0, -2)
        : /ing$/.test(w) && w.length > 5
          ? w.slice(0, -3)
          : w;
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const forms = new Set([base, `${base}s`, base.endsWith('e') ? `${base}d` : `${base}ed`, `${stem}ing`]);
  if (base.endsWith('y')) forms.add(`${base.slice(0, -1)}ied`);
  forms.delete(w);
  return [...forms];
}
