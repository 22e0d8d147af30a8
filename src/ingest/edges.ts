// Labels and notices a page prints at the start or end of its text, run into a line of it by scraping: what kind
// of story it is and how it was checked (a work-type label's definition, a fact-check rating), "Listen to this
// article", a reading time, "Advertisement", a share bar, "This story has been updated", an explainer's fixed
// subheadings ("Why It Matters"). Told by the kind of text, in the languages the stamps are read in; whatever line
// they sit on, they are cut and the text kept.

/** Text that stops there: the label runs into the next sentence (a capital, a quote, a figure) or ends the line. */
const NEXT = String.raw`(?=\s*(?:$|["“«'‘(\[]?[\p{Lu}\p{N}\p{Lo}]))`;
/** A sentence's end: a stop before a word that opens the next one, or the line's end ("5:45 p.m. ET to…" goes on). */
const STOP = String.raw`[.!?](?=\s+["“«'‘]?\p{Lu}[\p{Ll}'’]|\s*$)`;

/**
 * The definitions of story types the Trust Project gives its members to print beside a story ("News: Based on
 * facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable
 * sources."), under their label or alone: each opens a sentence no reported one opens.
 */
const WORK_TYPE = String.raw`(?:(?:News|Opinion|Analysis|Commentary|Perspective|Review|Explainer|Fact ?[Cc]heck|Research|Sponsored|Satire|Reporting)\s*[:.–—-]?\s*)?(?:Based on facts,? either observed and verified|Advocates for ideas and draws conclusions|Interpretation of the news based on evidence|An assessment or critique of|Content (?:produced|paid for) by (?:or on behalf of )?(?:an? )?(?:advertiser|sponsor)|Discussion of news topics with a point of view|Provides context, definition and detail|A deep examination of a topic).{0,240}?${STOP}`;

/** A fact-checker's rating where its article opens: "Rating: Mostly False", "Verdict: Misleading". */
const RATING = String.raw`(?:(?:Our|Fact[- ]?[Cc]heck|Claim)\s+)?(?:Rating|Verdict|Ruling)\s*:\s*(?:True|Mostly [Tt]rue|Half [Tt]rue|Mixture|Mixed|Mostly [Ff]alse|False|Pants on [Ff]ire|Misleading|Missing [Cc]ontext|Partly [Ff]alse|Altered|Satire|Unproven|Unsupported|Correct|Incorrect|Fake|Unverified|Four Pinocchios|Three Pinocchios|Two Pinocchios|One Pinocchio)[.!]?`;

/** An audio version offered: "Listen to this article · 4 min", "Écouter cet article", "Artikel anhören". */
const LISTEN_TIME = String.raw`\s*[·|:•–—-]?\s*\d{1,2}(?::\d{2})?\s*(?:min(?:ute)?s?|mins?|m|Min\.?|minutos?|minuti|دقائق|دقيقة)\.?`;
const LISTEN = String.raw`(?:(?:(?:Press play to )?[Ll]isten to (?:this|the) (?:article|story)|Écouter (?:cet |l['’])article|Artikel (?:vor)?(?:an)?hören|Escuchar (?:este )?(?:artículo|noticia)|Ouvir (?:este )?(?:artigo|matéria|notícia)|Ascolta (?:l['’]articolo|questo articolo)|استمع (?:إلى )?(?:المقال|الخبر))(?:${LISTEN_TIME})?|Listen${LISTEN_TIME})(?:\s*Voiced by artificial intelligence\.?)?`;

/** Reading time: "5 min read", "Reading time: 3 minutes", "Temps de lecture : 3 min", "Lesezeit: 4 Min.". */
const READING_TIME = String.raw`(?:(?:Estimated )?(?:[Rr]eading|[Rr]ead) time|Temps de lecture|Lecture|Tiempo de lectura|Lectura|Lesezeit|Lesedauer|Tempo de leitura|Leitura|Tempo di lettura|Lettura|وقت القراءة|مدة القراءة|قراءة)\s*:?\s*(?:about |approx\.? |environ |ca\. )?\d{1,2}\s*(?:min(?:ute)?s?|Min(?:uten)?|minutos?|minuti|دقائق|دقيقة)\.?|\d{1,2}\s*-?\s*(?:min(?:ute)?s?|Min\.?)\s*(?:read|Lesezeit|de lecture|de lectura|de leitura|di lettura)\.?`;

/** An advertisement's slot, alone or with its "continue" line: "Advertisement", "Story continues below advertisement". */
const AD = String.raw`(?:ADVERTISEMENT|Advertisement|(?:Story|Article) continues below(?: this)? (?:advertisement|ad)|Continue reading (?:the main story|below)|Scroll to continue with content|PUBLICITÉ|Publicité|PUBLICIDAD|Publicidad|PUBLICIDADE|Publicidade|PUBBLICITÀ|Pubblicità|ANZEIGE)`;

/** A share bar's buttons: "Share this article", "Click to share on X (Opens in new window)", "Copy link". */
const SHARE_LEAD = String.raw`(?:Share (?:this )?(?:article|story|page)|Share on (?:Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Pinterest|Email|Telegram)|Share via (?:Email|WhatsApp|Facebook|Twitter|X)|Click to share on \w+(?: \(Opens in new window\))?|Copy (?:article )?link|Gift (?:this )?article|Save (?:this )?article|Partager (?:cet article|sur \w+)|Compartir (?:en \w+|este artículo)|Artikel teilen|Compartilhe|Condividi)`;
const SHARE_ITEM = String.raw`(?:${SHARE_LEAD}|Share|Facebook|Twitter|WhatsApp|LinkedIn|Reddit|Pinterest|Telegram|Email|E-mail|Print|Tweet|Messenger|Flipboard)`;
/** A run of share buttons with a prompt among them, or three platforms in a row ("Facebook Twitter Email"). */
const SHARE = String.raw`(?:(?:${SHARE_ITEM}\s*[|·•,]?\s*){0,8}${SHARE_LEAD}(?:\s*[|·•,]?\s*${SHARE_ITEM}){0,8}|${SHARE_ITEM}(?:\s*[|·•,]?\s*${SHARE_ITEM}){2,8})`;

/** A note about the page itself: "This story has been updated with…", "This article was originally published by…". */
const PAGE_NOTE = String.raw`(?:Editor['’]s [Nn]ote:\s*)?(?:This (?:story|article|post|piece|page)|An earlier version of this (?:story|article)) (?:has been|had been|was|is) (?:updated|corrected|(?:originally |first )?(?:published|posted|appeared)|republished)\b.{0,240}?${STOP}(?:\s*Read the original article\.)?|Read the original article\.`;

/**
 * The fixed subheadings of explainer formats (Axios, Newsweek, Semafor, Politico), in title case as printed, run into
 * the text when a page is scraped: "…on Saturday. Why It Matters President Trump has…".
 */
const RUN_IN_HEADING = String.raw`(?:Why It Matters|What To Know|What to Know|What People Are Saying|What They're Saying|What They’re Saying|What Happens Next|What's Next|What’s Next|The Big Picture|Driving the News|Between the Lines|The Bottom Line|By the Numbers|State of Play|Catch Up Quick|Zoom In|Zoom Out|Go Deeper|Key Takeaways|Reality Check|The Backstory|The Details|Yes, But)`;

const AT_START = new RegExp(
  String.raw`^\s*(?:(?:${WORK_TYPE}|${RATING}|${PAGE_NOTE})|(?:${LISTEN}|${READING_TIME}|${AD}|${SHARE}|${RUN_IN_HEADING}[?:]?)${NEXT})\s*`,
  'u',
);
const AT_END = new RegExp(
  String.raw`(?:^|(?<=[.!?…"”’)\]]))\s*(?:${PAGE_NOTE}|${READING_TIME}|${AD}|${SHARE}|${LISTEN}|${RUN_IN_HEADING}[?:]?)\s*$`,
  'u',
);
/** Between two sentences, an advertisement's slot or a run-in subheading is cut as well ("…said. Advertisement The…"). */
const BETWEEN = new RegExp(String.raw`(?<=[.!?"”’]\s)(?:(?:${AD}|${RUN_IN_HEADING}[?:]?)\s+)+(?=["“]?\p{Lu})`, 'gu');

/** A cheap first look for any of the labels above; only a hit runs the full patterns. */
const HINT =
  /based on facts|advocates for|interpretation of|assessment or critique|content (?:produced|paid)|discussion of news|provides context|deep examination|rating|verdict|ruling|listen|écouter|anhören|escuchar|ouvir|ascolta|استمع|read|lect|lesez|lesed|leitura|lettura|القراءة|قراءة|\bmin|advertis|continue|publicit|publicid|pubblicit|anzeige|share|copy|gift|save|partager|compartir|teilen|compartilhe|condividi|facebook|twitter|whatsapp|linkedin|email|tweet|this (?:story|article|report|post|piece|page)|earlier version|editor|matters|to know|saying|happens next|next|big picture|driving|between the lines|bottom line|by the numbers|state of play|catch up|zoom|go deeper|takeaways|reality check|backstory|the details|yes, but/i;

/**
 * The line without the labels and notices at its start and end (and advertisement slots between its sentences);
 * '' when it held nothing else. A line with none is returned as it is.
 */
export function trimEdges(line: string): string {
  if (!HINT.test(line)) return line;
  let t = line;
  for (let n = 0; n < 8; n++) {
    const before = t;
    t = t.replace(AT_START, '').replace(AT_END, '');
    if (t === before) break;
  }
  t = t.replace(BETWEEN, '');
  return t === line ? line : t.trim();
}
