// Roles written after or around a name: appositions, "X, who is ROLE", "appointed X as ROLE", "X is ROLE of Y".
import { KIN_WORDS } from './kin.js';
import { DATELINE, escapeRegExp } from '../text.js';
import { FOREIGN_ROLE_MODIFIERS, PARTICLES, knownPlace, lexiconPlaceName, lexiconTags } from './lexicon.js';
import { findDates } from '../dates/expressions.js';
import { ORG_WORDS, type TagToken } from './tagger.js';
import { TICKER_SOURCE, lower } from './name-tokens.js';
import {
  COMPANY_SUFFIX,
  COURTESY,
  FORMER_WORD,
  JUDGEMENT,
  bodyWord,
  MODIFIERS,
  TIME_WORDS,
  formerOf,
  groupWord,
  isRoleNoun,
  isTitleWord,
  notOfTheRole,
  opensSentence,
  openerOfSentence,
  singularRole,
  verbOpeningBody,
  originWord,
  participle,
} from './role-words.js';
import { ministryField } from './title-before.js';
import { castWith } from './played-parts.js';
import { knownGiven, plainGivenName } from './given-names.js';

/** A known given name and a capitalised word after it that no firm's name ends on: a person's name opening. */
function personStart(given: string, next: string): boolean {
  const clean = (w: string) => lower(w.replace(/[^\p{L}.'-]/gu, ''));
  return (
    knownGiven(given) &&
    !ORG_WORDS.has(clean(given)) &&
    /^\p{Lu}(?:\p{Ll}|\.)/u.test(next) &&
    !ORG_WORDS.has(clean(next)) &&
    // ("UCPB and San Miguel": a place's name, which a firm takes.)
    !lexiconPlaceName(`${given} ${next}`)
  );
}

/** Prepositions that tie a name into the phrase before it ("adviser to", "son of", "economist at"). */
const TIE_PREPOSITIONS = new Set('of to for with at from by under in on'.split(' '));

/** A phrase that ties a body's name in, its last word a field: "analyst for the House telecommunications". */
const TIE_BODY = /\b(?:of|for|at|on|to|with)\s+the\s+(?:\p{Lu}[\p{L}.-]*\s+)+\p{L}+$/u;

/** A phrase that ends on a field in lower case after its tie: "vice president for North American sales". */
const TIE_FIELD = /\b(?:of|for|in)\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}+$/u;

/** The rest of a list of fields in lower case, up to the apposition's end: ", service and marketing". */
const FIELD_LIST = /^(?:,\s+\p{Ll}+(?:\s\p{Ll}+)?){0,3},?\s+and\s+\p{Ll}+(?:\s\p{Ll}+)?(?=\s*(?:[,.;]|$))/u;

/**
 * A field in capitals after its tie, where a list of fields may open: "vice president in charge of Asian", "Minister of
 * Energy"; not a body's own "of" ("director of the Bank of Wessex, Lloyds and Barclays" lists bodies).
 */
const CAPITAL_FIELD = /(\S+)\s+(?:of|for|in)\s+\p{Lu}[\p{L}-]*$/u;
function capitalField(phrase: string): boolean {
  const m = CAPITAL_FIELD.exec(phrase);
  return !!m && !bodyWord(m[1]!);
}

/**
 * The rest of a list of fields in capitals, up to the apposition's end: ", African and International Export
 * operations" (no comma before "and": ", and Omar Said" goes on with the sentence).
 */
const CAPITAL_FIELD_LIST =
  /^(?:,\s+\p{Lu}[\p{L}-]*){1,4}\s+and\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:\p{Ll}+\s+)?[\p{L}-]+(?=\s*(?:[,.;]|$))/u;

/**
 * A phrase that ends on a firm's first name after its tie: "analyst with Dutch merchant bank Pierson" (not a body's
 * own "of": "director of the Bank of Wessex, Lloyds and Barclays" lists bodies).
 */
const TIE_FIRM =
  /(?<!\p{Lu}[\p{L}'’-]*\s)\b(?:with|at|of|for)\s+(?:(?!the\s|of\s)[\p{L}-]+\s+){0,4}\p{Lu}[\p{L}'’-]*$/u;

/** The "and" before a firm's last partner, in the languages news quotes firms in: "and", "&", "en", "et", "und". */
export const PARTNER_AND = '(?:and|&|en|et|und|y|e)';

/**
 * The firm's other partners, up to the apposition's end: ", Heldring en Pierson" of "Pierson, Heldring en Pierson",
 * ", Peabody and Co" ("and" in the languages news quotes firms in), ", McEntee and McGinley Inc." (a legal form).
 */
const PARTNER_LIST = new RegExp(
  String.raw`^(?:,\s+\p{Lu}[\p{L}'’-]*){1,3},?\s+${PARTNER_AND}\s+(?:Co\.|\p{Lu}[\p{L}'’-]*(?:\s+(?:Inc|Corp|Co|Ltd|LP|Plc|PLC|NV|AG|SA)\.?)?)(?=\s*(?:[,.;]|$))`,
  'u',
);

/** The nouns that close a body's name: "subcommittee", "Board". */
const BODY_NOUN =
  '(?:sub)?(?:committee|commission|panel|council|board|department|division|bureau|office|agency|caucus|ministry|systems?|services?|network|programme|program|institute|centre|center)';

/** The rest of a list of fields and the body's noun that closes it: ", consumer protection and finance subcommittee". */
const BODY_LIST = new RegExp(
  `^(?:,\\s+\\p{L}+(?:\\s\\p{L}+)?){1,4},?\\s+and\\s+\\p{L}+(?:\\s\\p{L}+)?\\s+${BODY_NOUN}\\b`,
  'iu',
);

/** A run of capitals that ends on a body's noun, to the end of the text: "Finance Subcommittee". */
const BODY_RUN = new RegExp(`^(?:[\\p{L}&.-]+\\s+){0,4}${BODY_NOUN}$`, 'iu');

/** The field of a title running on with "and": "MP for Hornsey and ", "Minister of Trade and ". */
const FIELD_AND = /\b(?:for|of)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}and\s+$/u;

/** Nouns a firm is described by, which no person is: "the German arm of General Motors", "owner of the rights". */
/** A kin word (kin.ts), one word of a couple or a family: the head of "wife of X". */
const KIN_NOUN = new RegExp(`^(?:${KIN_WORDS})$`, 'u');

const FIRM_NOUN = /\b(?:arm|unit|subsidiary|division|owner|owners|maker|makers|firm|company|group|brand|carmaker)\b/u;

/** "the man behind the website", "the brains behind the plan": the one behind a thing, with what it is after "behind". */
const BEHIND = /^(?:man|woman|brains|mastermind|driving\s+force|force)\s+behind\s+\S/iu;

export function apposition(text: string, opening = false): string | null {
  // "the youngest president in U.S. history": an acronym's dots end no phrase.
  const after = maskAcronyms(text);
  // ("Xavier Malisse - winner in Delray Beach last week - beat X": a phrase between dashes, closed by its dash; not a
  // firm's, "Paws Incorporated - owner of the rights to Garfield -".)
  const dashed = /^\s[-–—]\s+(?:(?:himself|herself)\s+)?(?:(?:a|an|the)\s+)?([^,.;()“”"–—-]{3,80}?)(?=\s[-–—]\s)/u.exec(
    after,
  );
  const m =
    /^,\s+(?:(?:a|an|the)\s+)?([^,.;()“”"]{3,120}?)(?=,|\.|;|\(|$| said| says| told)/u.exec(after) ??
    (dashed && !FIRM_NOUN.test(dashed[1]!) ? dashed : null);
  // "... proposed by Nakasone, one official said": the phrase says who speaks, it is no apposition; but a name
  // opening its sentence is who speaks ("Anais Faraj, an analyst at Nomura told the BBC").
  if (!m || (!opening && /^\s(?:said|says|told)/u.test(after.slice(m[0].length)))) return null;
  // "a policy analyst for the House telecommunications, consumer protection and finance subcommittee": a body whose
  // name lists its fields goes on past the list's commas to its body's noun.
  // Also a list of fields in lower case that closes the apposition: "vice president for North American sales,
  // service and marketing".
  const listed = TIE_BODY.test(m[1]!)
    ? BODY_LIST.exec(after.slice(m[0].length))
    : TIE_FIELD.test(m[1]!)
      ? FIELD_LIST.exec(after.slice(m[0].length))
      : capitalField(m[1]!)
        ? CAPITAL_FIELD_LIST.exec(after.slice(m[0].length))
        : TIE_FIRM.test(m[1]!)
          ? PARTNER_LIST.exec(after.slice(m[0].length))
          : null;
  const phrase = unmaskAcronyms((listed ? m[1]! + listed[0] : m[1]!).trim());
  // "Jan Hernych, a 6-4 7-5 winner over Jose Acasuso": a match's score opens a result, no role.
  if (/^\d{1,2}-\d{1,2}\s/u.test(phrase)) return null;
  const words = phrase.split(/\s+/);
  // "John Underwood, the man behind the Live-Shot website": who made or runs a thing, told by "behind".
  if (BEHIND.test(phrase) && words.length <= 10) return phrase;
  // "Prassana Rambathla, one of Prof Reddy's graduate students": one of a plural role, the role in the singular.
  if (/^one$/iu.test(words[0]!) && words[1] === 'of') {
    // (A count of them is left out: "one of four members of a task force", "one of the bank's two spokesmen".)
    const rest = words
      .slice(/^(?:the|its|their|his|her|our)$/iu.test(words[2] ?? '') ? 3 : 2)
      .filter((w) => !COUNT_WORD.test(w));
    const plural = rest.findIndex((w, i) => i < 5 && singularRole(w) !== null);
    if (plural < 0 || rest.slice(0, plural).some((w) => !/^\p{Lu}|['’]s?$|^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
    return apposition(
      `, ${[...rest.slice(0, plural), singularRole(rest[plural]!)!, ...rest.slice(plural + 1)].join(' ')}`,
    );
  }
  // "Ann Simpson, marketing manager at Snappy Snaps believes the convenience ...": an apposition the writer left
  // unclosed, the verb of a name opening its sentence right after a role (a verb of saying or thinking, with a
  // clause after it).
  const unclosed = opening
    ? words.findIndex(
        (w, i) =>
          i > 0 && i + 1 < words.length && UNCLOSED_VERB.test(w) && words.slice(0, i).some((x) => isRoleNoun(x)),
      )
    : -1;
  if (unclosed > 0) return apposition(`, ${words.slice(0, unclosed).join(' ')}`);
  // A title run straight into a name is that name's, no apposition of the name before: "between North, the then head
  // of the CIA William Casey and Thatcher" (a body's initials after "the"), "Mitterrand, his Prime Minister Jacques
  // Chirac" (a phrase ending on the name or going on to the next one, no preposition tying it in). "An adviser to
  // President Vladimir Putin", "economist at JP Morgan Chase" are the name's before; a title after "and" is its
  // name's whatever comes before, the phrase a list of people ("between Presley, members of his band and engineer
  // Thorne Nogar").
  const tied = (i: number) => words.slice(0, i).some((x) => TIE_PREPOSITIONS.has(lower(x)));
  // (After "and" and a title, a name of two capitalised words closing the phrase, known given name or not.)
  const listItem = (i: number) =>
    words[i - 2] === 'and' &&
    i + 2 === words.length &&
    /^\p{Lu}\p{Ll}+$/u.test(words[i]!) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]!) &&
    !ORG_WORDS.has(lower(words[i + 1]!));
  if (
    words.some(
      (w, i) =>
        i > 0 &&
        (personStart(w, words[i + 1] ?? '') || listItem(i)) &&
        words.slice(0, i).some((x) => isRoleNoun(x)) &&
        ((/^\p{Lu}{2,}$/u.test(words[i - 1]!) && /^the$/iu.test(words[i - 2] ?? '')) ||
          ((i + 2 === words.length || words[i + 2] === 'and') &&
            isRoleNoun(words[i - 1]!) &&
            (!tied(i) || words[i - 2] === 'and'))),
    )
  )
    return null;
  // "X, whose appointment as White House chief of staff won praise": the office the appointment gives.
  const appointed =
    /^whose\s+(?:appointment|nomination|election|selection|promotion)\s+as\s+(?:the\s+|a\s+|an\s+)?/iu.exec(phrase);
  if (appointed) {
    // The clause's own verb ends the office: "… as White House chief of staff won bipartisan praise".
    const rest = phrase.slice(appointed[0].length).split(/\s+/);
    const verb = rest.findIndex((w, i) => i > 0 && (FINITE.has(w) || CLAUSE_VERBS.test(w)));
    return rolePhrase((verb < 0 ? rest : rest.slice(0, verb)).join(' '));
  }
  // "X, president of the Japan Chamber of Commerce and Industry and a longtime friend of Nakasone": a second
  // description with an article of its own ends the role (what X is to someone, or a second thing X is).
  const second = words.findIndex((w, i) => i > 1 && w === 'and' && /^(?:a|an)$/u.test(words[i + 1] ?? ''));
  if (second > 1 && words.slice(0, second).some((x) => isRoleNoun(x)))
    return apposition(`, ${words.slice(0, second).join(' ')}`);
  // (A long phrase may be a short role and a relative clause: "the future wife of Johnny Cash who went on to score
  // his most popular hit with the track"; the clause is cut below.)
  const relativeAt = words.findIndex((w) => /^(?:who|whom|whose|which)$/u.test(w));
  if (
    (words.length > 14 && !(relativeAt > 1 && relativeAt <= 10)) ||
    // (A firm's initials are no preposition: "AT&T's vice president".)
    /^(?:who|whose|whom|which|that|said|says|told|and|but|while|as|in|on|at|to|he|she|they|it|ahead|behind|alongside|like|unlike|including|with|without|from|for|after|before)\b(?!&)/iu.test(
      phrase,
    ) ||
    participleClause(words) ||
    // "Gordon Brown, chancellor under Mr Blair, became Britain's longest-serving chancellor": after a name that
    // closes another's apposition, a verb goes on with the sentence, it opens no role of that name.
    // ("retired four-star general" stays a role: a verb in -ed opens a clause only before its object.)
    // ("included appearances by singer Jane Birkin": a verb in -ed before a plural noun is the sentence's.)
    (CLAUSE_VERBS.test(words[0]!) &&
      !isRoleNoun(words[0]!) &&
      (!/ed$/u.test(words[0]!) ||
        /^(?:the|a|an|his|her|their|its)$/iu.test(words[1] ?? '') ||
        (/^\p{Ll}+s$/u.test(words[1] ?? '') && !isRoleNoun(words[1]!) && !isRoleNoun(words[1]!.slice(0, -1)))))
  )
    return null;
  // "Marat Safin, the player he beat in last year's final": a clause with its own subject closes the role.
  const subject = words.findIndex((w, i) => i > 0 && /^(?:he|she|they|we|i|you)$/iu.test(w));
  if (subject > 0) {
    // "captain of Chelsea as they push for the title": the word that ties the clause on goes with it.
    let end = subject;
    while (end > 1 && lexiconTags(lower(words[end - 1]!)).closed) end--;
    return apposition(`, ${words.slice(0, end).join(' ')}`);
  }
  // A kin word before "of" heads a role as a role noun does: "the future wife of Johnny Cash", "eldest son of the
  // late King Hussein".
  const kin = words.slice(0, 4).findIndex((w, i) => KIN_NOUN.test(w) && words[i + 1] === 'of');
  // ("ranking Republican on the Senate Banking Committee": a committee's senior member of the minority party.)
  const role = words
    .slice(0, 7)
    .findIndex(
      (w, i) =>
        isRoleNoun(w.replace(/[^\p{L}-]/gu, '')) ||
        (/^(?:Republican|Democrat|Democratic|Labour|Conservative|Tory)$/u.test(w) &&
          /^ranking$/iu.test(words[i - 1] ?? '')),
    );
  const noun = role < 0 || (kin >= 0 && kin < role) ? kin : role;
  // "Tim Henman, the British No 1, lost": a ranking is the role.
  if (noun < 0 && RANKING.test(phrase)) return phrase;
  // "Martyn Williams, flanker showed his nous": a verb in the past with its object after the role noun goes on
  // with the sentence; the role ends before it. So does a verb in -ing with its object: "Texas attorney general
  // announcing the legal action", "the lawyer representing Mr Abbasi" (a person named as the object too).
  const verb = words.findIndex(
    (w, i) =>
      i > noun &&
      noun >= 0 &&
      // (Not a gerund a preposition takes: "researcher charged with testing the game".)
      (CLAUSE_VERBS.test(w) || (/^\p{Ll}{3,}ing$/u.test(w) && !TIE_PREPOSITIONS.has(lower(words[i - 1]!)))) &&
      (/^(?:his|her|their|its|the|a|an)$/iu.test(words[i + 1] ?? '') ||
        (participle(w) && (COURTESY.test(words[i + 1] ?? '') || personStart(words[i + 1] ?? '', words[i + 2] ?? '')))),
  );
  // "European boss of Workshare which commissioned the research", "senior KGB officer who became a spy": a relative
  // clause says what the holder did, the role ends before it.
  // ("a research director at Gartner and someone who has followed Yahoo": "and someone" opens a second description
  // the relative clause makes, not part of the role.)
  const relative = words.findIndex(
    (w, i) =>
      i > noun &&
      noun >= 0 &&
      (/^(?:which|who|whom|whose|that)$/iu.test(w) ||
        (w === 'and' && /^(?:someone|somebody|one|anyone)$/iu.test(words[i + 1] ?? ''))),
  );
  // "Renato Picco, managing director of Eridania SPA and Gianfranco Ceroni": "and" before another person's full
  // name ends the role.
  const closedByComma = after.charAt(m[0].length) === ',';
  const other = words.findIndex(
    (w, i) =>
      i > noun &&
      noun >= 0 &&
      w === 'and' &&
      // (Who closes the phrase, a comma after the name: "and Irwin Guttag, a director".)
      i >= words.length - 5 &&
      closedByComma &&
      personStart(words[i + 1] ?? '', words[i + 2] ?? '') &&
      // ("Labour MP for Hornsey and Wood Green": a place after "and" in the field of a title.)
      !(FIELD_AND.test(`${words.slice(0, i + 1).join(' ')} `) && !plainGivenName(words[i + 1]!)) &&
      // (Not a firm's name going on: "Liberty Financial and Liberty Savings", "Bank and Trust Co".)
      !ORG_WORDS.has(lower(words[i + 3] ?? '')),
  );
  const cut = [verb, relative, other].filter((k) => k > 0).sort((a, b) => a - b)[0];
  if (cut !== undefined) return apposition(`, ${words.slice(0, cut).join(' ')}`);
  // "X, leader of a coalition government is widely assumed to be …": a clause, not a role; "X, a consummate
  // politician": a judgement.
  if (noun < 0 || words.some((w) => FINITE.has(w))) return null;
  const judged = words.slice(0, noun).filter((w) => JUDGEMENT.has(lower(w)));
  if (judged.length) {
    // "Bennett, an inspirational fly-half for Llanelli and Wales", "the controversial head of the agency": a
    // judgement before a role its body or field ties to something is left out, the role stays; alone it is a
    // judgement ("X, a consummate politician"); a role foretold is none yet ("the likely leader of the party").
    if (judged.some((w) => /^(?:un)?likely$/iu.test(w)) || !/^(?:for|of|at|with)$/u.test(words[noun + 1] ?? ''))
      return null;
    return words
      .filter((w, i) => i > noun || !JUDGEMENT.has(lower(w)))
      .join(' ')
      .replace(SENTENCE_TIME_TAIL, '');
  }
  // "Wales' two-try scorer on the day", "the club captain at the time": when, said of the sentence, not the role.
  return phrase.replace(SENTENCE_TIME_TAIL, '');
}

/**
 * A time adverbial closing an apposition: "on the day", "at the time". (Not "last week", which may date what the
 * role tells: "winner in Delray Beach last week".)
 */
const SENTENCE_TIME_TAIL = /\s+(?:on|at|in|for)\s+the\s+(?:day|night|time|weekend|occasion)$/iu;

/** Dotted acronyms ("U.S.", "U.N.") and a name's middle initial ("the Arthur D. Little consultancy") with their
 *  dots swapped for a look-alike no pattern stops at, and back; a wire's ticker ("<OLIV.MI>", "<DD>") blanked, of
 *  the same length, and the brackets of a firm's name it marks ("<Baker Hughes Inc>") left out. */
const ACRONYM_DOT = '\u2024';
const TICKER = new RegExp(TICKER_SOURCE, 'gu');

const maskAcronyms = (raw: string) => {
  const s = raw.includes('<') ? raw.replace(TICKER, (t) => ' '.repeat(t.length)) : raw;
  return s.includes('.')
    ? s
        .replace(/\b(?:\p{Lu}\.){2,}/gu, (a) => a.replaceAll('.', ACRONYM_DOT))
        .replace(/(?<=\p{Lu}\p{Ll}+\s\p{Lu})\.(?=\s\p{Lu}\p{Ll})/gu, ACRONYM_DOT)
    : s;
};

const unmaskAcronyms = (s: string) => {
  const t = s.includes(ACRONYM_DOT) ? s.replaceAll(ACRONYM_DOT, '.') : s;
  return /[<>]|\s\s/u.test(t) ? t.replace(/[<>]/gu, '').replace(/\s{2,}/gu, ' ') : t;
};

/** Adverbs that may open a participle clause: "first appointed in 1979", "recently named to". */
const CLAUSE_ADVERBS = new Set('first recently newly later also once then since still now just'.split(' '));

/**
 * Whether an apposition is a participle clause rather than a role: "first appointed in 1979 by President Carter",
 * "seeking to become the youngest president", "resigned and its president …": a verb in -ed or -ing (after an
 * adverb or none) with a preposition or a conjunction after it, or "having"/"being". "retired four-star general"
 * stays a role.
 */
function participleClause(words: string[]): boolean {
  let i = 0;
  while (i < words.length - 1 && CLAUSE_ADVERBS.has(lower(words[i]!))) i++;
  const verb = words[i];
  const next = words[i + 1];
  // ("having served as ambassador", "being a director": a perfect or a passive participle opens a clause.)
  if (verb === 'having' || verb === 'being') return true;
  return (
    verb !== undefined &&
    next !== undefined &&
    /^\p{Ll}{3,}(?:ed|ing)$/u.test(verb) &&
    !isRoleNoun(verb) &&
    /^(?:in|on|at|by|to|for|from|with|and|or|as|after|before|since|until|into|over|under)$/u.test(next)
  );
}

/** Finite verbs: an apposition holding one has run into a clause. */
const FINITE = new Set('is was are were has have had will would'.split(' '));

/** A count in words or figures, in lower case: "two", "four", "12" (not "Six" of "Six Nations"). */
const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/u;

/** Verbs of saying or thinking, present or past, that follow their subject's apposition. */
const UNCLOSED_VERB =
  /^(?:believes|believed|thinks|argues|argued|warns|warned|predicts|predicted|expects|reckons|insists|insisted|claims|claimed|explains|explained|adds|added|notes|noted|suggests|suggested|admits|admitted|hopes|fears|feels|agrees|agreed|says|said|told)$/u;

/** A verb in the past: a regular one, or one of the common irregular ones news uses. */
const CLAUSE_VERBS =
  /^(?:\p{Ll}{2,}ed|won|drew|met|came|went|made|got|took|gave|brought|began|became|left|led|lost|saw|held|put|set|sent|beat|sold|bought|paid|struck|spent|wrote|spoke|fought|chose|threw|fell|rose|grew|knew|built|felt|heard|stood|taught|caught|flew|drove|broke|found|kept|told|thought|sought|ran)$/u;

/**
 * An apposition that runs into the next person of a list is cut before that person's title: "James Baker, West
 * German Finance Minister Gerhard Stoltenberg and ..." gives Baker no role, "Ali Musa, finance minister, and
 * Central Bank Governor Omar Said" gives Ali Musa "finance minister" only. `others`: where other names start.
 */
const TIE_WORDS = new Set(
  'a an the to of for with at in on by from under over who whose whom which that his her their its and or as than said says told met'.split(
    ' ',
  ),
);

export function listItemCut(app: string | null, s: string, nameEnd: number, others: number[]): string | null {
  if (!app) return null;
  const at = s.indexOf(app, nameEnd);
  if (at < 0) return app;
  // (A body's name is no other person: "the House Telecommunications, Consumer Protection and Finance Subcommittee".)
  const next = others
    .filter(
      (o) =>
        o >= at &&
        o < at + app.length &&
        !BODY_RUN.test(s.slice(o, at + app.length)) &&
        // ("Labour MP for Hornsey and Wood Green": a place's name after "and" in the field of a title.)
        !(FIELD_AND.test(s.slice(at, o)) && !plainGivenName(/^\S+/u.exec(s.slice(o))![0])),
    )
    .sort((x, y) => x - y)[0];
  if (next === undefined) return titledNameOpens(app) ? null : app;
  // "the MP for Grantham and Stamford", "a trader for Chapmann and Graham": a name right after the role's tie is the
  // place or the body it is held at.
  // (Or after a particle inside the body's name: "President of Petroleos de Venezuela".)
  if (/\b(?:for|of|to|with|at|de|del|della|di|da|do|du|des|van|von|der)\s+$/u.test(s.slice(at, next))) return app;
  // ("analyst with Kidder, Peabody and Co": the firm's partners after its first name.)
  const comma = app.indexOf(', ');
  if (comma > 0 && next > at + comma && TIE_FIRM.test(app.slice(0, comma)) && PARTNER_LIST.test(app.slice(comma)))
    return app;
  // "Nate Elliott, Jupiter analyst": a name opening the apposition before its role's noun is the body it is held at.
  if (next === at && bodyOpens(app)) return app;
  // "Donald Regan, President Reagan's former chief of staff": the other name owns the role, which is this one's.
  if (/^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\s/u.test(s.slice(next))) return app;
  // The words between the apposition's start and the other name: capitalised words only are that name's title.
  const before = s.slice(at, next);
  const words = before.trim().split(/\s+/).filter(Boolean);
  const capital = (w: string) => /^(?:\p{Lu}|\d)/u.test(w) || PARTICLES.has(w);
  // Title words in lower case too ("trade envoy Clayton Yeutter"), but no small word that would tie the other
  // name into this role ("a former aide to President Ronald Reagan").
  if (words.every((w) => capital(w) || !TIE_WORDS.has(w.toLowerCase()))) return null;
  // "White House Chief of Staff Howard Baker and ...": a capitalised title with "of" or "the" inside it.
  if (capital(words[0] ?? '') && words.every((w) => capital(w) || /^(?:of|the|for)$/u.test(w))) return null;
  // "finance minister and Central Bank Governor": the role is what stands before the conjunction.
  const conj = /^(.*\S)\s*,?\s+(?:and|or|as well as|with|plus)\s+((?:\S+\s+)*?)$/u.exec(before);
  if (conj && conj[2]!.trim().split(/\s+/).filter(Boolean).every(capital))
    return conj[1]!.replace(/,$/u, '').trim() || null;
  return app;
}

/**
 * Whether a text opens with a capitalised title and a name after it, a given name and a surname ("White House
 * Chief of Staff Howard Baker and ..."): the next item of a list, another person, whom the tagger did not mark.
 */
function titledNameOpens(text: string): boolean {
  const words = text.split(/\s+/u);
  let title = false;
  for (let i = 0; i + 1 < words.length && i < 8; i++) {
    const w = words[i]!;
    if (title && lexiconTags(w).first && /^\p{Lu}\p{Ll}/u.test(words[i + 1]!)) return true;
    if (isTitleWord(w) && /^\p{Lu}/u.test(w)) title = true;
    else if (!/^\p{Lu}/u.test(w) && !/^(?:of|the|for)$/u.test(w)) return false;
  }
  return false;
}

/** Where a role phrase ends: punctuation, or a word that starts what the sentence says next. */
const ROLE_END =
  /[,.;:()"“”]|\s(?:on|in|at|last|this|next|by|after|following|since|until|when|while|and|but|who|to|from|earlier|later|yesterday|today|with|for|amid|despite|over|just|because|the\s+(?:past|previous)|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?))\b/u;

/** Words no role opens with: a verb or a preposition ("nominated for best actress", "will win best actor"). */
const NOT_A_ROLE_START =
  /^(?:for|to|will|would|shall|should|can|could|may|might|must|be|is|was|are|were|has|had|have|not|win|won|take|took|get|got)$/iu;

/** A ranking as a role, the whole phrase: "world number one", "British No 1", "women's number three". */
const RANKING =
  /^(?:(?:world|women['’]s|men['’]s|\p{Lu}\p{L}+)\s+)?(?:number|No\.?)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d{0,2})$/u;

/** An award's name, no office: "World Player of the Year", "man of the match", "Manager of the Month". */
const AWARD_TITLE = /\bof\s+the\s+(?:year|month|season|decade|century|week|match|tournament|series)$/iu;

/** A role phrase at the start of a text, up to ROLE_END, when one of its first words is a role noun, or a ranking. */
function rolePhrase(raw: string): string | null {
  const text = maskAcronyms(raw);
  const stop = ROLE_END.exec(text);
  const phrase = unmaskAcronyms((stop ? text.slice(0, stop.index) : text).trim());
  // "of ORG" stays with the role ("prime minister of Sudan", "chief executive of Cemex"): ROLE_END has no "of".
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || NOT_A_ROLE_START.test(words[0]!) || AWARD_TITLE.test(phrase))
    return null;
  return words.slice(0, 6).some(isRoleNoun) || RANKING.test(phrase) ? phrase : null;
}

/** A named body a role is held at or for: " for The World", " at Oxford University", " with the Bank of England". */
const HELD_AT =
  /^\s+(?:for|at|with)\s+(?:the\s+)?\p{Lu}[\p{L}&'’\u2024-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}&'’\u2024-]*)*/u;

/** Words that open a judgement of someone rather than an office. */
const JUDGED = /^(?:most|least|more|key|great|greatest|star|favourite|main|leading)\s/iu;

/** What makes a role phrase a record or a judgement: an ordinal, a superlative, "only", "unlikely" in its first words. */
const RECORD =
  /^(?:[\p{L}'’-]+\s+){0,2}?(?:only|first|second|third|fourth|fifth|last|unlikely|\p{L}{3,}est|[\p{L}]+-(?:ever|serving))\b/iu;

/** What opens an office after "as" or an appointing verb, left out of it: an article or an owner's word, "new". */
const OFFICE_OPENS = String.raw`(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:new\s+)?`;
/** "<name> replaced Tom Hale as", "will succeed Mr Hale as": the office taken after it. */
const REPLACING = new RegExp(
  String.raw`^(?:,\s+who)?\s+(?:(?:has|had|will|would|is\s+to|is\s+set\s+to)\s+)?(?:replaced|replaces|replace|succeeded|succeeds|succeed|took\s+over\s+from|takes\s+over\s+from|take\s+over\s+from)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin)\s+){1,5}as\s+` +
    OFFICE_OPENS,
  'u',
);
/** "<name> became", "who took over as": the office taken after it. */
const BECAME = new RegExp(
  String.raw`^(?:,\s+who)?\s+(?:(?:has|had|will|would)\s+)?(?:became|becomes|become|took\s+over\s+as|takes\s+over\s+as|take\s+over\s+as|taken\s+over\s+as|stepped\s+in\s+as)\s+` +
    OFFICE_OPENS,
  'iu',
);
/** "as" after a name an appointment is approved for: "approve Manfred Emcke as". */
const APPROVED_AS = new RegExp(String.raw`^\s+as\s+` + OFFICE_OPENS, 'iu');
/** What follows a name an appointing verb is before: "named X as", "appointed X". */
const NAMED_AS = new RegExp(String.raw`^,?\s+(?:as\s+)?` + OFFICE_OPENS, 'iu');

/**
 * A role given by an appointment: "<name> was sworn in as prime minister", "appointed <name> as prime minister",
 * "named <name> chief executive of <org>", "<name>, who was elected president in 2005", "<name> became president",
 * "approve <name> as chairman".
 */
export function appointment(before: string, after: string): string | null {
  const verb =
    '(?:sworn in|appointed|named|elected|re-?elected|re-?appointed|nominated|installed|confirmed|designated|chosen|promoted)';
  const passive = new RegExp(
    `^(?:,\\s+who)?\\s+(?:(?:was|has been|had been|is|will be|would be|were)\\s+)?(?:(?:formally|officially|later|newly|unanimously)\\s+)?${verb}\\s+(?:as\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:new\\s+)?`,
    'iu',
  ).exec(after);
  // "<name> replaced Tom Hale as chairman", "<name> will succeed Mr Hale as chief executive": the office taken.
  const replacing = REPLACING.exec(after);
  if (replacing) return rolePhrase(after.slice(replacing[0].length));
  // "<name> became prime minister in 1990", "<name>, who took over as chief executive": an office taken.
  const became = BECAME.exec(after);
  // ("became the first woman to", "became Britain's youngest-ever player", "became an unlikely star": a record or
  // a judgement, no office.)
  if (became) {
    const rest = after.slice(became[0].length);
    return RECORD.test(rest) ? null : rolePhrase(rest);
  }
  // "Reagan nominated economist Alan Greenspan": without "was" or a comma, the name is who appoints.
  if (passive && (/^,|^\s+(?:was|has|had|is|will|would|were)\b/iu.test(passive[0]) || /\bas\s/iu.test(passive[0])))
    return rolePhrase(after.slice(passive[0].length));
  // "shareholders will approve Manfred Emcke as Puma's new supervisory board chairman": an appointment approved,
  // told with "as" (without it, "approved Smith's plan" is something else approved).
  const approved = /\b(?:approve[sd]?|endorse[sd]?|ratif(?:y|ies|ied))\s+$/iu.test(before)
    ? APPROVED_AS.exec(after)
    : null;
  if (approved) return rolePhrase(after.slice(approved[0].length).replace(/^(\p{Lu}[\p{L}-]*['’]s)\s+new\s+/u, '$1 '));
  if (new RegExp(`\\b${verb}\\s+$`, 'iu').test(before) && !/\b(?:was|were|is|be|been)\s+\S+\s+$/iu.test(before)) {
    const m = NAMED_AS.exec(after);
    if (m) return rolePhrase(after.slice(m[0].length));
  }
  return null;
}

/** "one of", the group's owner, up to three words and a plural noun, then the comma before a name. */
const ONE_OF_BEFORE =
  /\b[Oo]ne\s+of\s+(?:the|its|his|her|their|((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?))\s+((?:[\p{L}-]+\s+){0,3}?)(\p{Ll}[\p{L}-]+),\s+$/u;

/** Words that count or rank the group, no part of one member's role: "two", "closest", "most". */
const GROUP_COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+|many|several|most|more|\p{Ll}{3,}est)$/u;

/**
 * The role a group's plural noun gives the one name after "one of" it and a comma: "one of its directors, Richard
 * Vale" (director), "one of Mr Bakrie's deputies, Mahendra Siregar" (Mr Bakrie's deputy), "one of the party's two
 * London Assembly members, X" (London Assembly member).
 */
export function oneOfBefore(before: string): string | null {
  const m = ONE_OF_BEFORE.exec(before);
  const one = m ? singularRole(m[3]!.toLowerCase()) : null;
  if (!one || NO_ROLE.test(one)) return null;
  const kind = m![2]!.split(/\s+/u).filter((w) => w && !GROUP_COUNT.test(w));
  return [m![1], ...kind, one].filter(Boolean).join(' ');
}

/**
 * A role told before the name by a copula: "Arvon's chief executive is Mary Holt", "The new chairman will be Mary
 * Holt", "Its biggest shareholder is X". From the sentence start or a comma, with a role noun and no verb before.
 */
export function copularBefore(before: string): string | null {
  const m =
    /(?:^|,\s+)(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+)?(?:new\s+)?((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|remains)\s+(?:\p{Lu}\p{Ll}*\.?\s+)?$/u.exec(
      before.replace(DATELINE, ''),
    );
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // ("The problem is X", "What worries him most is X": no office; "Asked who it was, he said it was X": a verb.)
  if (
    words.some((w) => FINITE.has(w.toLowerCase()) || (/^\p{Ll}+ed$/u.test(w) && !isRoleNoun(w))) ||
    /^(?:whose|who|which|what|that|other|another)$/iu.test(words[0]!) ||
    words.includes('as')
  )
    return null;
  if (!isRoleNoun(words.at(-1)!.replace(/['’]s$/u, '')) && !/\bof\b/u.test(m[1]!)) return null;
  return rolePhrase(m[1]!);
}

/** A comma inside a list of capitalised fields an "and" closes: the first of "Immigration, Customs and Enforcement". */
const FIELD_LIST_COMMA =
  /(?<=\p{Lu}[\p{L}-]*),\s+(?=(?:\p{Lu}[\p{L}-]*\s+)*?\p{Lu}[\p{L}-]*\s+and\s+\p{Lu}[\p{L}-]*,)/gu;
const LIST_MARK = '\u0001';

/**
 * A role written before the name and a comma: "Sudan's chargé d'affaires in Cairo, Ahmed Ali, said", "The
 * army's spokesman, Nabil Abdallah". From the sentence start, past a wire dateline ("CAIRO, May 14 -"), with a role
 * noun and no verb before the comma.
 */
export function leadingApposition(written: string): string | null {
  // (Past where the name is from, after the comma: "its director, Tunisian-born X", "its star, the Dutch X".)
  const before = written.replace(ORIGIN_AFTER_COMMA, (m, w: string) => (originWord(w) ? ', ' : m));
  // "As a solicitor, Elfyn Llwyd represented", "But now, as MP for Merionnydd and Plaid Cymru's leader, Mr Llwyd":
  // the role the name acts in.
  const as = AS_ROLE.exec(before);
  if (as) {
    // (Up to what says when: "as foreign secretary in the early 1970s".)
    const words = as[1]!.replace(TIME_TAIL, '').trim().split(/\s+/);
    const clause = words.some((w) => /^\p{Ll}+$/u.test(w) && /(?:ed|es|ing)$/u.test(w) && !isRoleNoun(w));
    return !clause && words.length <= 12 && words.slice(0, 6).some((w) => isRoleNoun(w.replace(/['’]s$/u, '')))
      ? words.join(' ')
      : null;
  }
  // (Past what says when or ties the sentence on, with its comma: "Earlier this week, Federal Minister of State for
  // Finance, Tom Hockin, said", "Meanwhile, the party's chairman, X".)
  // ("But last week, Argentine Economic Minister, Roberto Lavagna, told": a conjunction ties the sentence on first.)
  const opened = before.replace(DATELINE, '').trimStart().replace(CONJUNCTION_OPENING, '').replace(TIME_OPENING, '');
  // (A body's name may list its fields with commas: "A spokesman for US Immigration, Customs and Enforcement, X".)
  const listed = opened.includes(', ') ? opened.replace(FIELD_LIST_COMMA, LIST_MARK) : opened;
  const whole = /^(?:the\s+|a\s+|an\s+)?([^,;:()"“”]{3,90}),\s*$/iu.exec(listed);
  if (whole && whole[1]!.includes(LIST_MARK)) whole[1] = whole[1]!.replaceAll(LIST_MARK, ', ');
  // "..., its ambassador to Kuwait, Ernest Zverev, told": a clause's last part, opened by an owner's word or an
  // article ("could lead to a famine, the leader of the Bangladesh Nationalist Party, Khaleda Zia, told"), or after
  // a preposition ("led by the Archbishop of Canterbury, Dr Rowan Williams"), read when the whole does not give a role.
  const tail =
    /(?:,\s+|\b(?:by|with|to|from|for|and|which|whom|when|where)\s+)(?:its|his|her|their|the)\s+([^,;:()"“”]{3,80}),\s*$/u.exec(
      before,
    );
  const fromWhole = whole ? roleOfLeadingPhrase(whole[1]!) : null;
  return fromWhole ?? (tail && (!whole || tail[1] !== whole[1]) ? roleOfLeadingPhrase(tail[1]!) : null);
}

/**
 * The body "its" stands for in a role set off before a name, when the body opens the sentence and says something of
 * its role holder: "Boston Five said its President, " (Boston Five), "Manor Care Inc said its chairman and chief
 * executive officer, " (Manor Care; a wire's ticker in angle brackets too). Not a pronoun ("It said its") nor a name
 * opening on a given name and nothing else ("John Smith said its").
 */
export function itsOwner(written: string): string | null {
  const m = ITS_OWNER.exec(written.replace(DATELINE, '').trimStart());
  if (!m) return null;
  const first = m[1]!.split(/\s+/u)[0]!;
  if (PRONOUN.test(first) || lexiconTags(first.toLowerCase()).closed || plainGivenName(first)) return null;
  return m[1]!.replace(BODY_SUFFIX, '') || null;
}

const PRONOUN = /^(?:It|They|We|He|She|This|That|Which|Who)$/u;
const ITS_OWNER =
  /^<?(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:(?:and|&|of)\s+)?\p{Lu}[\p{L}&.'’-]*){0,6})>?(?:\s+<[\p{Lu}.]+>)?\s+(?:said|says|announced|reported)\s+(?:that\s+)?its\s+[^,;:()"“”]{3,80},\s*$/u;

/** A firm's legal suffix, no part of the name a role is written with: "Manor Care Inc" is "Manor Care". */
const BODY_SUFFIX = /(?:\s+(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LP|L\.P|NV|AG|SA|Corporation|Incorporated|Company)\.?)+$/u;

/** Where a name is from, written after a comma and before it: ", Tunisian-born ", ", the Dutch ". */
const ORIGIN_AFTER_COMMA = /,\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+$/u;

/** A sentence adverb closing a phrase before its comma: "meanwhile", "however", "too". */
const SENTENCE_ADVERB_TAIL = /\s+(?:meanwhile|however|though|too|also|instead|nonetheless)$/iu;

/** A conjunction opening a sentence: "But", "And", "Yet". */
const CONJUNCTION_OPENING = /^(?:but|and|yet|so)\s+/iu;

/** A sentence's opening that says when or ties it on, and its comma: "Earlier this week, ", "On Monday, ". */
const TIME_OPENING =
  /^(?:(?:earlier|later)(?:\s+(?:this|that|last)\s+(?:week|month|year|morning|day))?|(?:earlier|later)\s+(?:today|yesterday)|(?:last|this|next)\s+(?:week|month|year|night)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|meanwhile|separately|however),\s+/iu;

/** The role a phrase before a comma and a name gives it, or null: see leadingApposition. */
function roleOfLeadingPhrase(written: string): string | null {
  // (Up to what says when: "Named home secretary after the 2001 election, Mr Blunkett", "director since 1984".)
  // (Nor a sentence adverb the comma closes: "Another peer meanwhile, Lord X".)
  const phrase = written.trim().replace(TIME_TAIL, '').replace(SENTENCE_ADVERB_TAIL, '');
  // (A phrase holding another person's name is theirs: "an interview with the BBC's political editor Andrew
  // Marr, Mr Blair said", "a frock by the designer Alexander McQueen, Miller told", "by the satirist Jonathan Swift
  // in his classic novel, Gulliver's Travels".)
  for (const named of phrase.matchAll(/(\p{Ll}[\p{Ll}-]+)\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+/gu))
    if (isRoleNoun(named[1]!.replace(/s$/u, '')) && knownGiven(named[2]!)) return null;
  // After an irregular past verb, what it tells: "Boston Five said its President, Peter J. Blampied", "X told
  // Reuters the broker, Joachim Schmidt, ..." (the role noun nearest the name heads it).
  const all = phrase.split(/\s+/);
  let verb = all.length - 1;
  while (verb >= 0 && !(/^\p{Ll}+$/u.test(all[verb]!) && lexiconTags(all[verb]!).pastVerb && !/ed$/u.test(all[verb]!)))
    verb--;
  const words = all.slice(verb + 1);
  // (Nor a position after "at", "in" or "on", where the clause before puts its own subject: "win his first cap at
  // full-back, Marc Ollier return on the wing".)
  const position = /\b(?:at|in|on)\s+([\p{Ll}-]+)$/u.exec(words.join(' '));
  if (position && isRoleNoun(position[1]!)) return null;
  // (Not after a copula, whose role is its subject's: "The brands sold were Prince Albert, Carter Hall".)
  if (!words.length || (verb >= 0 && FINITE.has(all[verb]!))) return null;
  // (Nor a clause with a verb of the present: "The punk pioneer follows Morrissey, David Bowie and".)
  // ("The line has the support of the Mayor of London, Ken Livingstone": the role after the verb's object stays.)
  if (
    words.some(
      (w, i) =>
        /^\p{Ll}+s$/u.test(w) &&
        !/^(?:has|is|was|does)$/u.test(w) &&
        /^\p{Lu}/u.test(words[i + 1] ?? '') &&
        lexiconTags(w).presentVerb &&
        !isRoleNoun(w),
    )
  )
    return null;
  if (
    words.length > 10 ||
    /ing$/iu.test(all[0]!) ||
    /^(?:in|on|at|for|from|with|after|before|since|during|according|as|when|while|if|but|and|speaking|asked|like|unlike|by|to|ahead|amid|despite|following|against|alongside|behind)$/iu.test(
      all[0]!,
    ) ||
    // (A clause: "IBM said it would partner up with a small UK-based electronics firm, Montrose Secam".)
    words.some((w) => MODAL.test(w))
  )
    return null;
  // Words in lower case other than role nouns and small words would be a clause, not a role; so would a copula, whose
  // role is its subject's ("Diana Rigg was best actress for X, Dame Judi Dench"), and a list ("brands such as Dairy
  // Milk, Dr Pepper"). "The support of the Mayor of London, Ken Livingstone" is a role after "has".
  // (A field joined in an office's "of" is a noun: "minister of energy and mines".)
  const of = words.indexOf('of');
  const field = (i: number) => of >= 0 && i > of + 1 && words[i - 1] === 'and';
  if (words.some((w, i) => /^\p{Ll}+$/u.test(w) && /(?:ed|es)$/u.test(w) && !isRoleNoun(w) && !field(i))) return null;
  if (words.some((w, i) => COPULA.test(w) || (w === 'as' && words[i - 1] === 'such') || w === 'including')) return null;
  // (Nor a relative clause with no "who": "the hotel manager he plays in the film, Paul Rusesabagina".)
  if (words.some((w) => /^(?:he|she|they|we|I|you|it)$/u.test(w))) return null;
  // (The role noun nearest the name heads the phrase: "X told Reuters the broker, Joachim Schmidt".)
  let at = words.length - 1;
  while (at >= 0 && !isRoleNoun(words[at]!.replace(/['’]s$/u, ''))) at--;
  if (at < 0) return null;
  // "His comments come as the co-chairman of the party, Liam Fox": the role is the noun phrase its noun heads, from
  // the article, the preposition or the verb before it ("the support of the Mayor of London, Ken Livingstone").
  let from = at;
  // ("Bahrain's Finance and National Economy Minister, X": "and" between two portfolios' capitals is the title's.)
  const portfolios = (k: number) =>
    words[k] === 'and' && k > 0 && /^\p{Lu}/u.test(words[k - 1]!) && /^\p{Lu}/u.test(words[k + 1] ?? '');
  while (from > 0 && (!roleOpensAfter(words[from - 1]!) || portfolios(from - 1))) from--;
  return words.slice(from).join(' ');
}

const COPULA = /^(?:is|was|are|were)$/u;
const MODAL = /^(?:will|would|could|should|might|must|can|may|shall)$/u;

/** What says when a role was held, after it: "since 1984", "after the election", "in the early 1970s"; not "in Cairo". */
const TIME_TAIL =
  /\s(?:(?:since|after|before|during|until|when|while)\s|in\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:\d|last\b|this\b|next\b)).*$/u;

/** "As (a|the) ROLE, " just before a name, opening the sentence or a clause: not "as well as", "as usual". */
const AS_ROLE =
  /(?:^|[,;]\s*|\b(?:but|and|now)\s+)as\s+(?!(?:well|much|soon|long|far|usual|such|part|one|many|few|expected|a result)\b)(?:a\s+|an\s+|the\s+)?([^,;:()"“”]{2,100}),\s*$/iu;

/** Whether a word before a role noun ends what stands before the role: an article, a preposition, a verb. */
function roleOpensAfter(word: string): boolean {
  const w = lower(word);
  if (FORMER_WORD.test(w) || MODIFIERS.has(w) || /['’]s$/u.test(w)) return false;
  // ("Earlier this week Federal Minister of State for Finance, Tom Hockin": a word of time says when.)
  return lexiconTags(w).closed || FINITE.has(w) || CLAUSE_VERBS.test(w) || PRONOUN_WORDS.has(w) || TIME_WORDS.has(w);
}

const PRONOUN_WORDS = new Set('i we you they he she it his her their its our my'.split(' '));

/** Parties' names and their members' nouns. */
const PARTY =
  /^(?:tory|tories|labour|labourite|conservatives?|republicans?|democrats?|dems?|liberals?|socialists?|communists?|greens|unionists?|nationalists?|loyalists?)$/u;

/** Offices of a state, which a people's word before names: "French president", "Israeli prime minister". */
const STATE_OFFICE =
  /(?:^|\s)(?:president|vice[- ]president|president-elect|prime\s+minister|premier|chancellor|leader|(?:\p{Ll}+\s+)?minister|(?:foreign|home|defence|defense|treasury)\s+secretary|ambassador|envoy|consul|king|queen|monarch|ruler|dictator)$/u;

/** Words of a continent or a games that name a championship ("European champion", "Commonwealth champion"). */
const CONTINENTAL = /^(?:European|African|Asian|Commonwealth|Pan-American|Oceania|Oceanian|Arab|Nordic)$/u;
const CHAMPION = /\b(?:champions?|medallist|medalist|titleholder|title-holder|record-holder)$/u;
/** The last word of a tournament's name: "French Open", "Davis Cup", "Italian Masters", "Brazilian Grand Prix". */
const TOURNAMENT = /^(?:Open|Cup|Masters|Championships?|Games|Prix|Classic|Trophy)$/u;

/**
 * A role with the capitalised words just before it when they name the body the role is of ("Army chief", "RSF
 * commander", "Kremlin spokesman"), a party or a place ("Tory leader", "England captain"); as it is when they name a
 * people or a faith ("Chinese", "Muslim"), which the affiliation keeps, but before an office of state, whose state
 * a people's word names ("French president"). A sentence's first word is capitalised for
 * opening it: one the article writes in lower case elsewhere is a common word ("Finance minister" is a finance
 * minister), and a closed-class word is none of the role ("Another actress", "Despite …").
 */
export function withBody(
  body: string,
  role: string,
  sentence: string,
  nameAt: number,
  lowerWords: Set<string>,
): string {
  // ("London-based ex-travel agent": a role that holds the body already.)
  if (role.includes(body)) return role;
  const words = body.split(/\s+/);
  // "former Chelsea striker": the body stands after "former".
  const held = /^former\s+/u.exec(role)?.[0] ?? '';
  // A people or a faith stands apart from the role ("Chinese", "Muslim"); a party or a place names whose it is, as a
  // body does ("Tory leader", "Liberal Democrat chairman", "Liverpool chief executive", "Hong Kong director").
  const people = (w: string) => lexiconTags(w).demonym || (groupWord(w) && !PARTY.test(lower(w)));
  // A name that ends in a body's word is that body's, whatever opens it: "American Express Co chairman", "Labour
  // Party chairman", "House Ways and Means Committee chairman"; so is one tied by "of" ("Bank of England governor").
  const named =
    words.length > 1 &&
    (bodyWord(words.at(-1)!) || words.some((w, i) => w === 'of' && i > 0 && bodyWord(words[i - 1]!)));
  // (A continent's word before a champion names the championship: "former European 200m champion"; so does a
  // tournament's name a people's word opens: "French Open champion", "Australian Open finalist".)
  const championship =
    (words.length === 1 && CONTINENTAL.test(body) && CHAMPION.test(role)) ||
    (words.length > 1 && TOURNAMENT.test(words.at(-1)!));
  // (A people's word before an office of state names the state: "French president", "Palestinian leader"; so it does
  // before the office's portfolio written in capitals: "German Economy minister".)
  const state =
    lexiconTags(words[0]!).demonym &&
    !CONTINENTAL.test(words[0]!) &&
    words.slice(1).every(ministryField) &&
    STATE_OFFICE.test(role);
  if (
    !named &&
    !championship &&
    !state &&
    (words.some((w) => people(w)) || (words.length > 1 && lexiconTags(body).demonym))
  )
    return role;
  // Only a whole run of capitals: the tail of a longer one ("New Zealand", "Downing Street") or a person's name
  // ("Mr Ebbers") is no body.
  let at = -1;
  // (A word's elided ending, which tokens leave out, is the written name's: "Blazin' Squad singer".)
  const written = words.map(escapeRegExp).join("['’]?\\s+");
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${written}['’]?(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of sentence.slice(0, nameAt).matchAll(whole)) at = m.index;
  const before = /(\p{Lu}[\p{L}.&'’-]*)\s+$/u.exec(sentence.slice(0, Math.max(0, at)))?.[1];
  // (But for "ex-": "ex-Downing Street media chief".)
  const glued =
    at > 0 && !/[\s"“‘'(]/u.test(sentence[at - 1]!) && !/(?:^|\s)ex-$/iu.test(sentence.slice(Math.max(0, at - 4), at));
  // A company's suffix alone is the tail of its name ("Stotler and Co analyst").
  const suffix = words.length === 1 && COMPANY_SUFFIX.test(words[0]!);
  // ("Industrial Bank of Japan Ltd senior economist": the tail after "of" of a longer name is none either.)
  // (A verb in -ing opening the sentence is none: "Welcoming Soviet leader X's offer".)
  // (Nor a verb in the past opening it, a speech's attribution put first: "Said Wales assistant coach X: ...".)
  // (Nor an adverb of time opening it: "Earlier Tory leader X".)
  const openingWord =
    !!before &&
    (verbOpeningBody(before, words[0]!) || lexiconTags(before).pastVerb || openerOfSentence(lower(before))) &&
    opensSentence(sentence, at - before.length - 1);
  const capitalBefore =
    (before && !lexiconTags(lower(before)).closed && !FORMER_WORD.test(before) && !openingWord) ||
    /\p{Lu}[\p{L}.&'’-]*\s+(?:of|de|du|des|di|del)\s+$/u.test(sentence.slice(0, Math.max(0, at)));
  // ("Labour's Holyrood leader", "The Scottish National Party's Holyrood leader": an owner in the possessive before
  // the body is the role's too, a run of its own.)
  // (Not the tail of a longer name: "Transport and General Worker's Union general secretary".)
  const owner = capitalBefore && before && /['’]s$/u.test(before) ? OWNER_BEFORE.exec(sentence.slice(0, at)) : null;
  const ownerCut = !!owner && /(?:\b(?:and|of)|&)\s+$/u.test(sentence.slice(0, owner.index));
  // (Not the sentence's opener or a courtesy title before the owner: "Yesterday", "The", "Mr".)
  const ownerWords = owner?.[1]!.split(/\s+/u) ?? [];
  // ("New Zealand's": an opener that begins a place's name is the place's.)
  while (
    ownerWords.length > 1 &&
    (openerOfSentence(lower(ownerWords[0]!)) || COURTESY.test(ownerWords[0]!)) &&
    !knownPlace(`${ownerWords[0]!} ${ownerWords[1]!.replace(/['’]s$/u, '')}`)
  )
    ownerWords.shift();
  if (owner && !ownerCut) return `${held}${ownerWords.join(' ')} ${words.join(' ')} ${role.slice(held.length)}`;
  if (at < 0 || glued || suffix || capitalBefore || COURTESY.test(words[0]!)) return role;
  // Opening the sentence (past a dateline, a quote or a bracket), its capital may be the sentence's own.
  const opens = opensSentence(sentence, at);
  if (opens && !/^\p{Lu}{2,}$/u.test(words[0]!)) {
    const first = lower(words[0]!);
    // (An ordinal opens a body's name: "First City chairman".)
    if (lexiconTags(first).closed && !(words.length > 1 && /^(?:first|second|third)$/u.test(first)))
      return words.length > 1 ? `${held}${words.slice(1).join(' ')} ${role.slice(held.length)}` : role;
    // (Not a people's word, which English writes capitalised: one article's "a cuban sugar crop" is a slip.)
    if (words.length === 1 && lowerWords.has(first) && !state) words[0] = first;
  }
  return `${held}${words.join(' ')} ${role.slice(held.length)}`;
}

/** A run of capitals ending in the possessive right before a body's name: "Scottish National Party's" (no "The"). */
const OWNER_BEFORE = /((?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s)\s+$/u;

/**
 * A firm's trade after a preposition, before its name: "at analyst Gartner", "from brokers Phillips and Drew" (the
 * second group: a name joined by "and" to the one after the trade).
 */
export const FIRM_BEFORE =
  /\b(?:at|from|with|of|by)\s+(?:the\s+)?(?:(?:research|market|stock|securities|investment|city)\s+)?(?:analysts?|brokers?|brokerage|stockbrokers?|consultancy|consultants|researchers|auditors|(?:research|analyst|consulting|consultancy)\s+(?:firm|group|house))\s+(\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+)?$/u;

/**
 * A role only a firm takes, just before a name of one word or of words none of which is a given name: a bond issue's
 * "said lead manager Kidder, Peabody and Co", "co-lead manager WestLB", "sole lead manager Societe Generale said",
 * "market leader Best Buy", "developer Valve", "chip maker Intel", "carmaker Renault", "state construction companies
 * Adhi Karya and", "underwriters like Bear Stearns", "merchant bank Hill Samuel". A person so placed is named with a
 * given name or in full first ("lead manager John Smith", "developer John Carmack", "games maker Peter Molyneux").
 */
export const FIRM_ROLE_BEFORE =
  /(?<![\p{L}-])(?:(?:(?:co-?|joint[- ])?lead|sole|co-?)[- ]managers?|(?:market|sector|industry)\s+leaders?|(?:(?:games?|software)\s+)?developers?|(?:(?:car|chip|drug|aircraft|plane|steel|toy|phone|handset|software|games?|computer|soft\s+drinks?|food|beer|wine|tyre|tire|truck|auto)\s?)?makers?|(?:car|auto|drug|chip)makers?|(?:market|industry)\s+analysts?|companies|firms|corporations|banks|(?:merchant|investment|commercial|savings|private)\s+bank|lenders|insurers|airlines|carriers|retailers|conglomerates|manufacturers|utilities|underwriters|brokerages)(?:\s+(?:such\s+as|like|including))?\s+$/iu;

/** The maker a verb of making a work names: "directed by X" is its director. */
const MAKERS: Record<string, string> = {
  directed: 'director',
  written: 'writer',
  composed: 'composer',
  choreographed: 'choreographer',
  illustrated: 'illustrator',
  painted: 'painter',
  narrated: 'narrator',
  authored: 'author',
  coached: 'coach',
  founded: 'founder',
  designed: 'designer',
  produced: 'producer',
};
const MADE_BY = new RegExp(`\\b(co-)?(${Object.keys(MAKERS).join('|')})\\s+by\\s+$`, 'iu');

/** The role of the maker of a work, told by the verb before the name: "the film, directed by X" (director). */
export function makerBefore(before: string): string | null {
  const m = MADE_BY.exec(before);
  return m ? `${m[1] ?? ''}${MAKERS[m[2]!.toLowerCase()]!}` : null;
}

/**
 * A role held with, at or for a firm, just before its name: "media analyst with Smith Barney", "economist at
 * Wrightson", "forest products analyst for Paine Webber"; a market trade's "of" too ("analyst of Drexel Lambert"; not
 * "partner of", which may be a person's).
 */
export const ROLE_WITH_FIRM =
  /\b(?:(?:analyst|economist|strategist|trader|dealer|broker|consultant|partner|researcher)s?\s+(?:with|at|for)|(?:analyst|economist|strategist|trader|dealer|broker)s?\s+of)\s+(?:the\s+)?$/u;

/**
 * A thing's pronoun right after a name: "Pierson said in its outlook", "X said its profit", "X has replaced its chief
 * executive"; "Hughes, which makes drill bits, said" where the name opens the sentence (after an object, "which"
 * may be the clause's: "fouls on Casillas and Marchena, which could have...").
 */
export function thingPronounAfter(s: string, start: number, tail: string): boolean {
  return (
    /^\s+said\s+(?:in\s+)?its\b/u.test(tail) ||
    (/^,\s+which\b/u.test(tail) && opensSentence(s, start)) ||
    OWN_STAFF.test(tail)
  );
}

/**
 * A verb of the name's and "its" with what a firm has: "Marsh has replaced its chief executive", "Ferranti cut its
 * dividend" (a person's would be "his" or "her").
 */
const OWN_STAFF =
  /^\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+)?\p{Ll}+\s+its\s+(?:\p{Ll}+\s+)?(?:chief|chairman|president|board|staff|workforce|shares|dividend|profits?|stake|earnings|sales|executives?|directors?|employees|workers|payroll)\b/u;

/**
 * Whether an apposition opens on a body's name, with no given name, before up to three lower-case words ending on a
 * role's noun: "Jupiter analyst", "Google vice-president of operations", "Acme Research senior economist".
 */
export function bodyOpens(app: string): boolean {
  const m =
    /^(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})((?:\s+\p{Ll}[\p{Ll}-]*){1,3}?)(?=\s+(?:of|at|in|for|with)\b|\s*$)/u.exec(
      app,
    );
  if (!m) return false;
  const last = m[2]!.trim().split(/\s+/).at(-1)!;
  return (
    (isRoleNoun(last) || last.split('-').some((w) => isRoleNoun(w))) &&
    !m[1]!.split(/\s+/).some((w) => lexiconTags(w).first) &&
    // (An owner is a person as often: "Nancy Tackett, Kampelman's staff assistant".)
    !/['’]s?$/u.test(m[1]!)
  );
}

/** Whether the token is followed by one or two lower-case role words and then a person's name the tagger found. */
export function bodyOfNextRole(tt: TagToken[], at: number, spans: { from: number; to: number }[]): boolean {
  let k = at + 1;
  while (k <= at + 2 && tt[k] && /^\p{Ll}/u.test(tt[k]!.text) && isRoleNoun(tt[k]!.text)) k++;
  return k > at + 1 && spans.some((o) => o.from === k && o.to > o.from);
}

/** A capitalised name of a list: "Steve Brookstein", "Louis Walsh". */
const LIST_NAME = String.raw`\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*`;
/**
 * The rest of a list of names a plural copula closes, and the plural role it gives them: ", B and C are the remaining
 * finalists", " and group G4 were the runners-up".
 */
const LIST_COPULA = new RegExp(
  String.raw`^(?:,\s+${LIST_NAME})*,?(?:\s+and\s+(?:\p{Ll}+\s+)?${LIST_NAME})?\s+(?:are|were)\s+(?:(?:now|also|still)\s+)?the\s+((?:[\p{Ll}-]+\s+){0,2}?)([\p{Ll}-]+s)(?=\s*(?:[,.;]|$)|\s+(?:in|of|for|at|on|who|to)\b)`,
  'u',
);

/** Words before a plural role that count its holders or single them out: "only", "other", "two". */
const COUNTING = /\b(?:only|other|both|all|two|three|four|five|six|seven|eight|nine|ten)\s+/gu;

/** The nouns of an issue of shares or bonds a firm manages or underwrites: "the offering", "the placement". */
export const ISSUE_NOUNS = 'issue|offering|deal|placement|sale|flotation';
/** What firms are the managers or underwriters of: "of the syndicate offering", "for the issue". */
const ISSUE_OF = new RegExp(
  String.raw`^\s+(?:of|for)\s+(?:the|this|that|an?)\s+(?:[\p{L}-]+\s+){0,4}?(?:${ISSUE_NOUNS}|syndicate)s?\b`,
  'u',
);

/**
 * The role a plural copula gives each name of the list it closes: "Rowetta Satchell, Steve Brookstein and Tabby
 * Callaghan are the remaining finalists" (each a "remaining finalist"); none for a plural that is no role ("are the
 * other big names"). `after`: the sentence from the end of one name of the list.
 */
export function listCopular(after: string): string | null {
  const m = LIST_COPULA.exec(after);
  const role = m ? singularRole(m[2]!, true) : null;
  if (!role || NO_ROLE.test(role)) return null;
  // (Firms manage an issue: "Robertson, Colman and Stephens are the managers of the syndicate offering".)
  if (ISSUE_OF.test(after.slice(m!.index + m![0].length))) return null;
  // (Words that count or single them out are no part of the role: "the only nominees", "the other two finalists".)
  return `${m![1]!.replace(COUNTING, '')}${role}`;
}

export function copular(text: string): string | null {
  // "X, who has died aged 94, was the UK's first prima ballerina": past a relative clause set off by commas.
  // Or an apposition set off by dashes: "Clive Griffiths - Wales' defensive coach - is a former St Helens player".
  const aside = /^(?:,\s+who\s[^,;.()"“”]{3,80},|\s+[-–—]\s[^-–—,;.()"“”]{3,60}\s[-–—])(?=\s+(?:is|was)\s)/u.exec(text);
  // (Past a dotted acronym: "the chief architect of the U.S. strategy".)
  const after = maskAcronyms(aside ? text.slice(aside[0].length) : text);
  // "X is one of America's best-known playwrights": one of a plural role's holders holds the role.
  const one = ONE_OF.exec(after);
  if (one) {
    // (The first word of them that is a plural role: "most generous benefactors", "best players in the world"; with
    // the body whose they are, an owner that is no place before or a name after: "one of Apple's first employees",
    // "one of the more experienced members of the England squad".)
    const words = one[2]!.split(/\s+/u);
    const k = words.findIndex((w) => /s$/u.test(w) && singularRole(w, true) !== null);
    const role = k < 0 ? null : singularRole(words[k]!, true)!;
    if (!role || NO_ROLE.test(role)) return null;
    const owner = one[1] && !lexiconTags(one[1]).place && !lexiconPlaceName(one[1]) ? one[1] : null;
    const rest = `${words
      .slice(k + 1)
      .map((w) => ` ${w}`)
      .join('')}${after.slice(one[0].length)}`;
    const of = OF_BODY.exec(rest);
    // (Not a name that goes on with a noun of its own: "of the Louvre accord".)
    const next = of ? /^\s+(\p{Ll}+)/u.exec(rest.slice(of[0].length))?.[1] : undefined;
    const body = of && (!next || CLAUSE_WORD.test(next)) ? of : null;
    return owner ? `${owner} ${role}` : body ? `${role} of ${body[1]}` : role;
  }
  const m =
    /^\s+(?:is|was|has been|serves as|served as)\s+(?:(?:currently|now|also|still)\s+)?((?:a|an|the)\s+|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s+)?([^,.;()]{3,100}?)(?=,|\.|;|\(|$| and | who )/u.exec(
      after,
    );
  if (!m) return null;
  // "X is the favourite to win ...", "X was the only player to ...": the role ends where rolePhrase ends it.
  // "X is currently Saints' football manager": an owner's name in the possessive stands for the article, and stays
  // in the role.
  const owner = m[1] && !/^(?:a|an|the)\s/u.test(m[1]) ? unmaskAcronyms(m[1]) : '';
  const bare = rolePhrase(m[2]!);
  // "Clark Boyd is technology correspondent for The World", "X is a lecturer at Oxford University": a named body the
  // role is held at or for stays in it, as it does in an apposition (not "president at the time").
  // (Not an owner's possessive opening more: "controller at TRW's space unit".)
  const held = bare && m[2]!.startsWith(bare) ? HELD_AT.exec(m[2]!.slice(bare.length)) : null;
  const named = held && !/['’]s?$/u.test(held[0]) ? held : null;
  let role = named ? `${bare}${unmaskAcronyms(named[0])}` : bare;
  // "X is chairman and chief executive of both Cityquest and Wickes": a second office joined by "and" is the role's.
  const second = role && role === m[2]!.trim() ? SECOND_OFFICE.exec(after.slice(m[0].length)) : null;
  if (second) {
    // (A field of two bodies, "of both Cityquest and Wickes", goes on past its own "and".)
    const other = rolePhrase(second[0].replace(/^\s+and\s+/u, '').replace(/\b(both\s+\S+\s+)and\b/u, '$1&and'));
    if (other) role = `${role} and ${unmaskAcronyms(other.replace('&and', 'and'))}`;
  }
  // (Not a judgement: "Britain's most successful coach", "Arsenal's key player".)
  if (owner && (!role || !isRoleNoun(role.split(/\s+/).at(-1)!) || RECORD.test(role) || JUDGED.test(role))) return null;
  // "Roger Federer was world number one": a ranking, with no article.
  if (!m[1] && role && RANKING.test(role)) return role;
  // Without an article, a role noun in its first two words: "Clark Boyd is technology correspondent for The World",
  // "X is chairman of Y" ("X is expected to", "X was still there" name none).
  // (Nor a determiner or an adverb first: "is another player", "is either fly-half", "was previously president".)
  // (Nor a passive: "was appointed president only two months ago" is the appointment's, read elsewhere.)
  if (
    !m[1] &&
    (!m[2]!.split(/\s+/, 2).some(isRoleNoun) ||
      lexiconTags(lower(m[2]!.split(/\s+/, 1)[0]!)).closed ||
      /^\p{Ll}+(?:ed|en)\s/u.test(m[2]!))
  )
    return null;
  if (!role) return null;
  // A judgement before the role noun describes, it names no office: "Roger is a great player".
  const words = role.split(/\s+/);
  // (A role cut at an "and" between two peoples' adjectives is no role: "a member of a team of American and Japanese
  // researchers".)
  if (words.length > 2 && lexiconTags(words.at(-1)!).demonym) return null;
  const noun = words.findIndex(isRoleNoun);
  return words.slice(0, noun).some((w) => notOfTheRole(lower(w), undefined)) ? null : `${owner}${role}`;
}

/**
 * A second office after a copula's first, joined by "and": " and chief executive of both Cityquest and Wickes" (up to
 * three words before "of", "at" or "for"; rolePhrase then asks for a role noun among them).
 */
const SECOND_OFFICE =
  /^\s+and\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:\s+(?:of|at|for)\s+[^,.;()]{2,80}?)?(?=[,.;:()]|$|\s(?:who|until|since|between|through|in|when|from|last|this|next|but)\s)/u;

/**
 * "is one of the country's leading economists", "was one of its founders": a plural noun after "one of", past an
 * article or an owner and up to three words that qualify it (the noun only is the role: "best-known", "black" say
 * nothing of the office).
 */
const ONE_OF =
  /^\s+(?:is|was)\s+(?:(?:also|still|now)\s+)?one\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?:['’]s|s['’])\s+)?((?:[\p{Ll}-]+(?:['’]s)?\s+){0,3}[\p{Ll}-]+)/u;

/** A named body the role's holders belong to, after it: " of the England squad", " of Manchester United". */
const OF_BODY =
  /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4}(?:\s+(?:squad|team|side|board|group|club|party|band|cabinet|committee|council))?)/u;

/** A word that ends a body's name and goes on with the sentence: "of the Wales squad that travels". */
const CLAUSE_WORD =
  /^(?:that|which|who|whose|and|or|but|in|on|at|for|to|with|from|since|when|where|as|by|is|was|are|were|has|have|had|will|would)$/u;

/**
 * Words for a person that say what someone is to the writer or to a cause, no role: "one of my heroes", "one of the
 * favourites", "one of the architects of the Louvre accord", "one of its fiercest critics", "one of the key figures".
 */
const NO_ROLE =
  /^(?:hero|heroine|idol|icon|figure|contender|favourite|fan|victim|friend|rival|architect|supporter|backer|opponent|critic|proponent|advocate)$/u;

/**
 * An office left, told by the verb after the name: "<name> quit as chairman of Trent Mills", "<name>, who stepped
 * down as managing director", "<name> was sacked as coach". Group 1: the leaving is still ahead ("will step down").
 */
const LEFT_AS =
  /^(?:,\s+who)?\s+(?:(will|is\s+to|is\s+set\s+to|plans\s+to|is\s+due\s+to|intends\s+to|would)\s+|(?:has|had|was\s+forced\s+to|was\s+asked\s+to|agreed\s+to|decided\s+to)\s+)?(?:quit|quits|resigned|resigns|resign|stepped\s+down|steps\s+down|step\s+down|stood\s+down|stands\s+down|stand\s+down|retired|retires|retire|(?:was|has\s+been|had\s+been|were)\s+(?:sacked|fired|ousted|dismissed|removed|replaced|axed|deposed))\s+as\s+(?:(?:the|a|an|its|their|his|her)\s+)?/iu;

/**
 * A role the person held before, in a relative clause: "<name>, who was finance minister until 2019", "<name>,
 * who served as ambassador from 2010 to 2014", "<name>, who had been army chief". Given as "former <role>".
 */
export function pastRole(after: string): string | null {
  const left = LEFT_AS.exec(after);
  if (left) {
    const role = rolePhrase(after.slice(left[0].length));
    // ("will step down as chairman", "is to quit as coach": still held.)
    return role && (left[1] ? role : formerOf(role));
  }
  const m =
    /^,\s+who\s+(?:was|had been|served as|previously served as|was previously|once served as|was once)\s+(?:(?:also|then|once|previously)\s+)?(?:(?:the|a|an)\s+)?(?!former\b)/iu.exec(
      after,
    );
  if (!m) return null;
  const rest = after.slice(m[0].length);
  // "who was elected president", "who was killed": a verb, not an office held.
  if (/^\p{Ll}+(?:ed|en)\b/u.test(rest)) return null;
  const role = rolePhrase(rest);
  return role ? formerOf(role) : null;
}

/**
 * A role the name is told in right after it: "lack of trust of Tony Blair as prime minister", "the election of
 * Vincent Viola as an at-large member", "Michel Marks, who decided not to seek reelection after serving as chairman",
 * "Paul Volcker's departure as Federal Reserve Board chairman", "Brown's first year as chancellor", "the decision by
 * Paul Volcker not to serve a third term as chairman". A role noun in its first three words ("X as well", "X as much
 * as" name none).
 */
export function asRole(before: string, after: string): string | null {
  // ("starring Dean Martin as a womanising pilot", "Johnny Depp plays author JM Barrie": a part played.)
  // ("The remake, with Jude Law as the reporter": a cast listed.)
  if (PLAYED_PART.test(before) || PLAYED_PART.test(after.slice(0, 12)) || castWith(before)) return null;
  // "Judy Boynton left the firm, having spent the intervening time as a special advisor to X": the subject's
  // participle clause tells an office held before (only for the name opening its sentence: "X met Y, having served
  // as ..." is X's).
  const having = HAVING_AS.exec(after);
  if (having && /^(?:(?:\p{Lu}[\p{L}.]*\s+){0,3})?$/u.test(before.trim() ? `${before.trim()} ` : '')) {
    const role = rolePhrase(after.slice(having[0].length));
    return role && formerOf(role);
  }
  // ("is being nominated by President Reagan as a judge": the office is the subject's, the name after "by" the one
  // who appoints; not "headed by X as chief executive", "replaced by X as chairman", where it is the name's.)
  if (APPOINTED_BY.test(before)) return null;
  // ("He joined Columbia Records as a producer": the role is the subject's.)
  if (/\b(?:join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|left|leaves|leaving|quit(?:s|ting)?)\s+(?:the\s+)?$/iu.test(before))
    return null;
  const m =
    /^(?:,\s+who\b[^,;.]{0,60}?\b(?:after|since|while)\s+(?:serving|having\s+served)|\s+(?:(?:was|were)\s+)?(?:re-?elected|re-?appointed)|\s+(?:will\s+)?(?:remains?|remained|continues?|continued|stays?|stayed)(?:\s+on)?|\s+(?:(?:not\s+)?to\s+)?(?:serves?|served|serving)(?:\s+(?:a|another|his|her|two|three|four)\s+(?:[\p{Ll}-]+\s+)?terms?)?|['’]s?\s+(?:(?:first|second|third|last|final|brief|long|new)\s+)?(?:departure|resignation|retirement|tenure|term|stint|reappointment|re-?election|appointment|nomination|election|confirmation|record|years|time|role|job|performance|future|position)|['’]s?\s+(?:first|second|third|last|final)\s+(?:year|day|month|season|game|match)s?|\s+\p{Ll}+\s+(?:his|her)\s+(?:(?:first|second|third|last|final|new|real|big|biggest|toughest|latest|maiden)\s+){1,2}(?:test|day|week|month|year|budget|speech|term|visit|trip|outing|game|match|season|task|challenge))?\s+as\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?!well\b|much\b|soon\b|long\b|far\b|usual\b|such\b|part\b|expected\b)/iu.exec(
      after,
    );
  if (!m) return null;
  // ("Mary Holt replaced Tom Hale as chairman": the office Tom Hale held before; so "Howard sacked Peacock as shadow
  // foreign minister".)
  const replaced =
    /\b(?:replac(?:es|ed|ing|e)|succeed(?:s|ed|ing)?|(?:took|takes|taking|take)\s+over\s+from|sacked|fired|dismissed|ousted|removed|dropped|sacks|fires|dismisses|ousts|removes|drops)\s+(?:\p{Lu}\p{Ll}*\.?\s+)?$/u.test(
      before,
    );
  // (Up to the clause's verb: "the election of X as an at-large member was a surprise".)
  const rest = after
    .slice(m[0].length)
    .replace(/\s+(?:was|were|is|are|has|have|had|will|would|said|says)\b[\s\S]*$/u, '');
  // (A body's name may stand before it: "as Federal Reserve Board chairman".)
  const lead = rest.split(/\s+/, 6);
  const firstLower = lead.findIndex((w) => /^\p{Ll}/u.test(w));
  const nounAt = (w: string | undefined) => !!w && isRoleNoun(w.replace(/[,.;]$/u, ''));
  if (!lead.slice(0, 3).some(nounAt) && !(firstLower >= 3 && nounAt(lead[firstLower]))) return null;
  const words = (/^[^,;.]*/u.exec(rest)?.[0] ?? '').split(/\s+/);
  const noun = words.findIndex((w) => isRoleNoun(w));
  // (Not a noun that may be a verb after a preposition or an article: "as chief of staff"; nor past a preposition
  // of time or circumstance closing the role: "as home secretary on Monday with a ... rebellion over the ... bill".)
  const closed = words.findIndex(
    (w, i) => i > noun && /^(?:on|with|over|during|after|before|since|amid|despite|when|while)$/u.test(w),
  );
  const verbAt = words.findIndex(
    (w, i) =>
      i > noun &&
      (closed < 0 || i < closed) &&
      /^\p{Ll}+$/u.test(w) &&
      !isRoleNoun(w) &&
      !/^(?:of|the|a|an|for|in|at|on)$/u.test(words[i - 1]!) &&
      (lexiconTags(w).presentVerb || lexiconTags(w).pastVerb),
  );
  // ("O'Neill as the Brazilian midfielder comes closer": "as" opens a clause, its verb after the noun. Not after "X's
  // departure", where the verb is the sentence's and the role ends before it: "departure as chief executive of Marsh
  // came".)
  const possessed = /^['’]/u.test(m[0]);
  if (!possessed && noun >= 0 && verbAt >= 0) return null;
  const role = rolePhrase(possessed && verbAt > 0 ? words.slice(0, verbAt).join(' ') : rest);
  // (Not a replacement still ahead: "is expected to succeed Tony Blair as Labour leader".)
  const ahead = /\b(?:will|would|could|might|may|to)\s+\S+(?:\s+over\s+from)?\s+(?:\p{Lu}\p{Ll}*\.?\s+)?$/u.test(
    before,
  );
  return role && replaced && !ahead ? formerOf(role.replace(/^new\s+/u, '')) : role;
}

/** A verb of appointing in the passive and "by", a title maybe after it: "is being nominated by President ". */
const APPOINTED_BY =
  /\b(?:nominated|appointed|named|chosen|picked|selected|elected|hired|designated|tapped|proposed|recommended)\s+by\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u;

/** A participle clause of the subject's past after its verb: "..., having spent the time as a special advisor". */
const HAVING_AS =
  /^[^,;.()"“”]{0,80},\s+having\s+(?:(?:spent\s+[^,;.()]{1,40}?|served|worked)\s+as|been)\s+(?:(?:the|a|an|its|their)\s+)?/u;

/** A part an actor plays, told before the name or right after it: "starring X as", "actors include X as". */
const PLAYED_PART =
  /\b(?:star(?:s|red|ring)?|play(?:s|ed|ing)|cast|portray(?:s|ed|ing)|voice(?:s|d)|voicing|actors?|actress(?:es)?)\b/iu;

/** A team sheet's note in brackets after a player's name, and the role it stands for: "B O'Driscoll (capt)". */
const BRACKET_ROLES: Record<string, string> = {
  capt: 'captain',
  'capt.': 'captain',
  captain: 'captain',
  c: 'captain',
  'vice-capt': 'vice-captain',
  'vice-captain': 'vice-captain',
  gk: 'goalkeeper',
  goalkeeper: 'goalkeeper',
  wk: 'wicketkeeper',
  wicketkeeper: 'wicketkeeper',
};

/**
 * The role a bracket right after a name gives it: a team sheet's mark ("J Smit (captain)", "B O'Driscoll (capt)"),
 * or a role phrase that fills the bracket ("Graham Henry (former Wales coach) said"; not a party or a country,
 * "John Prescott (Labour)").
 */
export function bracketRole(after: string): string | null {
  const m = /^\s*\(([\p{L}.-]+)\)/u.exec(after);
  if (m) return BRACKET_ROLES[m[1]!.toLowerCase()] ?? null;
  const inner = /^\s*\(((?:the|a|an)\s+)?([^()]{3,60})\)/u.exec(after);
  const role = inner ? rolePhrase(inner[2]!) : null;
  return role && role === inner![2]!.trim() ? role : null;
}

/** Verbs of holding an office, and the office: "who heads the Arvon fund" is its head. */
const OFFICE_VERBS: Record<string, string> = {
  heads: 'head',
  chairs: 'chair',
  leads: 'leader',
  runs: 'head',
  manages: 'manager',
  directs: 'director',
  coaches: 'coach',
  edits: 'editor',
  founded: 'founder',
  'co-founded': 'co-founder',
};
/** The same in the past, an office held before: "who headed the unit" (former head of the unit). */
// (Not "directed", "coached", "edited": a film directed, a player coached, a book edited are no offices.)
const PAST_OFFICE_VERBS: Record<string, string> = {
  headed: 'head',
  chaired: 'chair',
  managed: 'manager',
};
const OFFICE_VERB = new RegExp(
  // (Past who tells it: "who it says headed", "who prosecutors allege heads".)
  `^,\\s+who\\s+(?:(?:it|he|she|they|police|prosecutors|the\\s+\\p{Ll}+)\\s+(?:says?|said|alleges?|alleged|claims?|claimed)\\s+)?(?:also\\s+|now\\s+|currently\\s+|still\\s+)?(${[...Object.keys(OFFICE_VERBS), ...Object.keys(PAST_OFFICE_VERBS)].join('|')})\\s+(?=the\\s|its\\s|his\\s|her\\s|their\\s|\\p{Lu})`,
  'u',
);

/**
 * An office told by its verb in a relative clause: "<name>, who heads the Arvon fund" (head of the Arvon fund); "who
 * it says headed CFD's sales operations" (former head of CFD's sales operations).
 */
export function officeVerb(after: string): string | null {
  const m = OFFICE_VERB.exec(after);
  if (!m) return null;
  const rest = maskAcronyms(after.slice(m[0].length));
  const stop = ROLE_END.exec(rest);
  const body = unmaskAcronyms((stop ? rest.slice(0, stop.index) : rest).trim());
  const words = body.split(/\s+/);
  // ("who runs the risk of", "who leads the way": no body of people; a body is named or has a noun of its own.)
  if (!body || words.length > 8 || /^(?:the\s+)?(?:risk|way|show|race|field|charge|line|list)\b/iu.test(body))
    return null;
  const past = PAST_OFFICE_VERBS[m[1]!];
  // (In the past, a body that is named: "who managed Everton", not "who managed the feat".)
  // (Nor a body that runs on into a clause: "who headed the record company Joy Division were signed to".)
  if (past && (!/\p{Lu}/u.test(body) || /\s(?:was|were|is|are|had|has|have)\b/u.test(body))) return null;
  return past ? formerOf(`${past} of ${body}`) : `${OFFICE_VERBS[m[1]!]!} of ${body}`;
}

/**
 * A role the person holds, in a relative clause: "<name>, who is also Chairman of the Sovereign Council", "<name>,
 * who serves as defence minister", "<name>, who will remain as chief executive", "<name> will continue as chief
 * operating officer"; "<name>, who now heads the central bank" gives none (a verb, not an office).
 */
export function presentRole(after: string): string | null {
  const m =
    /^,\s+who\s+(?:is\s+(?:also|now|currently|still)|(?:also\s+|now\s+)?serves\s+as|(?:will\s+)?(?:remains?|continues?|stays?(?:\s+on)?)\s+as|will\s+remain|remains|is)\s+(?:(?:the|a|an)\s+)?(?!former\b)/iu.exec(
      after,
    ) ??
    // "X will continue as chief operating officer", "X remains as chairman": the office kept, told in the main clause.
    /^\s+(?:will\s+(?:continue|remain|stay(?:\s+on)?|serve)|(?:continues|remains|stays(?:\s+on)?|serves))\s+as\s+(?:(?:the|a|an)\s+)?(?!former\b)/iu.exec(
      after,
    );
  if (!m) return null;
  const rest = after.slice(m[0].length);
  // "who is expected to", "who is accused of": a verb, not an office held.
  if (/^\p{Ll}+(?:ed|en|ing)\b/u.test(rest)) return null;
  return rolePhrase(rest);
}

/** Articles that may open a role phrase, in the seven languages: "Le gouverneur", "il portavoce", "de burgemeester". */
const ROLE_ARTICLE =
  /^(?:the|an?|le|la|les|l['’]|el|los|las|il|lo|gli|der|die|das|den|dem|het|de|o|os|as|um|uma|un|una|une)(?:\s+|(?<=['’]))(?=\p{L})/iu;

/** A role in lower case in brackets right before a name, as a quote's editor adds it: "(sporting director) Frank". */
const BRACKET_BEFORE =
  /\(\s*(?:(?:the|his|her|their|our|my)\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})\s*\)\s*$/u;

/**
 * The role a quote's editor puts in brackets before a name the speaker gave bare: "thank (sporting director) Frank
 * Arnesen and (chairman) Daniel Levy"; its last word a role noun (not "(light) Bass Strait").
 */
export function bracketRoleBefore(before: string): string | null {
  const m = BRACKET_BEFORE.exec(before);
  return m && isRoleNoun(m[1]!.split(/\s+/u).at(-1)!) ? m[1]! : null;
}

/** A role without the article that opens it, when a role noun follows: "Le gouverneur de …" -> "gouverneur de …". */
export function withoutArticle(role: string): string {
  const m = ROLE_ARTICLE.exec(role);
  // "UN Secretary-General": an acronym, not the article "un".
  if (!m || /^\p{Lu}{2}/u.test(m[0])) return role;
  const rest = role.slice(m[0].length);
  const head = rest.split(/\s/u)[0]!;
  return isRoleNoun(head) || FOREIGN_ROLE_MODIFIERS.has(lower(head)) || MODIFIERS.has(lower(head)) ? rest : role;
}

/** Whether the words just before a role mark it as held before: "former", "ex-", "then-" is not. */
export const FORMER = /(?:^|\s)(?:former|ex)[-\s]*$/iu;

/**
 * The date the text gives for a role it tells of an appointment or a past office: the date expression nearest
 * the role phrase, in the same clause (commas apart, a date opening the sentence: "In 2019, X was named ...").
 */
export function roleDate(s: string, nameAt: number, published: string | null): string | null {
  const dates = findDates(s, published).filter((d) => d.date !== 'PRESENT_REF' && /^\d{4}/.test(d.date));
  if (dates.length === 0) return null;
  const clauseEnd = (() => {
    const m = /[;:]|\s(?:and|but|while|whereas)\s/u.exec(s.slice(nameAt));
    return m ? nameAt + m.index : s.length;
  })();
  const inClause = dates.filter((d) => d.index < clauseEnd);
  inClause.sort((a, b) => Math.abs(a.index - nameAt) - Math.abs(b.index - nameAt));
  return inClause[0]?.end && /until|till|to\b/iu.test(s.slice(nameAt, inClause[0].index))
    ? inClause[0].end
    : (inClause[0]?.date ?? null);
}
