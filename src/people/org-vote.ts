// The corpus-wide vote on whether a name is no one's: how often the articles write it as an organisation's or a
// work's ("Merrill Lynch and Co", "the band Franz Ferdinand") against how often they show it to be a person's.

/**
 * Whether a name is no one's, from the corpus's counts: `org`, the mentions writing it as an organisation's, a
 * place's or a work's; `person`, those showing it to be a person's; `titled`, whether any article gives it a role
 * or a title; `full`, whether it is a full name. Twice an organisation's and at least a third as often as a
 * person's; or, for a full name no article ever gives a role, at least a tenth as often ("William Hill" the
 * bookmaker, "Franz Ferdinand" the band: people-shaped names whose other mentions say nothing either way).
 */
export function votedNoPerson(org: number, person: number, titled: boolean, full: boolean): boolean {
  if (org < 2) return false;
  return org * 3 >= person || (full && !titled && org * 10 >= person);
}

/**
 * Heads of roles a band, a team or a firm holds as well as a person ("British stars Joss Stone and Franz Ferdinand",
 * "the nominees", "the champions"): no sign that the name is a person's.
 */
const GROUP_ROLES = new Set(
  `star superstar act winner nominee favourite favorite headliner champion finalist runner-up holder
  sensation`.split(/\s+/),
);

/** Whether a name's role heads hold one that only a person holds. */
export function titledAsPerson(heads: Iterable<string> | undefined): boolean {
  for (const h of heads ?? []) if (!GROUP_ROLES.has(h.toLowerCase())) return true;
  return false;
}
