// Paraphrase without a network: a question's word meets the words news writes for the same thing ("worth" finds
// "a $62bn project", "leads" finds "commander"). General news vocabulary, grouped by meaning; no article's strings.

const GROUPS: string[][] = [
  ['big', 'large', 'size', 'worth', 'value', 'billion', 'bn', 'million'],
  ['worth', 'value', 'valued', 'cost', 'costs', 'costing', 'price', 'priced', 'billion', 'bn', 'million', 'mln', 'investment', 'invested', 'budget', 'funding', 'spend', 'spent'],
  ['lead', 'leads', 'leader', 'leadership', 'led', 'commander', 'chief', 'head', 'heads', 'headed', 'chairman', 'chair', 'ruler', 'president', 'boss'],
  ['fall', 'fell', 'fallen', 'captured', 'capture', 'seized', 'seize', 'taken', 'overran', 'overrun', 'retook', 'control', 'controlled', 'takeover'],
  ['visit', 'visited', 'visiting', 'trip', 'travelled', 'traveled', 'arrived', 'toured', 'tour'],
  ['kill', 'killed', 'killing', 'dead', 'deaths', 'died', 'death', 'casualties', 'toll', 'fatalities'],
  ['meet', 'met', 'meeting', 'talks', 'summit', 'gathering'],
  ['attack', 'attacks', 'attacked', 'strike', 'strikes', 'struck', 'bombing', 'raid', 'assault', 'offensive', 'shelling'],
  ['agree', 'agreed', 'agreement', 'deal', 'accord', 'pact', 'treaty'],
  ['sign', 'signed', 'signing'],
  ['win', 'won', 'victory', 'winner', 'beat', 'defeated'],
  ['lose', 'lost', 'defeat', 'defeated'],
  ['resign', 'resigned', 'resignation', 'quit', 'stepped'],
  ['arrest', 'arrested', 'detained', 'detention', 'custody', 'jailed'],
  ['appoint', 'appointed', 'named', 'appointment', 'nominated', 'sworn'],
  ['elect', 'elected', 'election', 'vote', 'voted', 'poll', 'polls'],
  ['build', 'built', 'construction', 'constructed', 'project'],
  ['start', 'started', 'begin', 'began', 'begun', 'launch', 'launched', 'opened', 'started'],
  ['end', 'ended', 'ceasefire', 'truce', 'halt', 'halted'],
  ['die', 'died', 'death', 'dead'],
  ['born', 'birth'],
  ['country', 'countries', 'nation', 'nations', 'state', 'states', 'members', 'member'],
  ['comprise', 'comprises', 'consist', 'consists', 'members', 'member', 'includes', 'including', 'made'],
  ['population', 'residents', 'inhabitants', 'people'],
  ['earn', 'earned', 'earnings', 'profit', 'profits', 'revenue', 'revenues', 'income', 'salary'],
  ['pay', 'paid', 'payment', 'buy', 'bought', 'cost', 'price', 'for'],
  ['buy', 'bought', 'acquire', 'acquired', 'acquisition', 'purchase', 'purchased', 'takeover'],
  ['sell', 'sold', 'sale', 'sales'],
  ['ban', 'banned', 'prohibit', 'prohibited', 'outlawed'],
  ['flee', 'fled', 'displaced', 'refugees', 'exodus'],
  ['deport', 'deported', 'expelled', 'expulsion', 'repatriated', 'repatriation', 'returned'],
  ['border', 'frontier', 'crossing'],
  ['reopen', 'reopened', 'reopening', 'resumed', 'resume'],
  ['close', 'closed', 'closure', 'shut', 'sealed'],
  ['say', 'said', 'says', 'stated', 'told', 'announced', 'declared'],
  ['plan', 'plans', 'planned', 'intends', 'proposal', 'proposed'],
  ['increase', 'increased', 'rise', 'rose', 'grew', 'growth', 'up', 'jumped', 'surged'],
  ['decrease', 'decreased', 'fall', 'fell', 'drop', 'dropped', 'declined', 'decline', 'down'],
  ['ambassador', 'envoy', 'diplomat', 'chargé'],
  ['army', 'military', 'troops', 'forces', 'soldiers'],
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
