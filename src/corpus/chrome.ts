// Signals that a line or sentence is site chrome rather than article text.
// These are the generic vocabularies of web pages (navigation, apps, sharing, comments, subscriptions,
// cookie and consent banners in several languages, ads, lists of other stories), not any one site's strings.

const CUES = [
  // navigation
  String.raw`skip to (?:the )?(?:main )?content`, String.raw`main menu`, String.raw`toggle navigation`, String.raw`back to top`,
  String.raw`exit mobile version`, String.raw`^(?:home|menu|search|logo|close|open)$`,
  // apps
  String.raw`download (?:the|our) app`, String.raw`get the app`, String.raw`app ?store`, String.raw`play ?store`, String.raw`google play`,
  // sharing and following
  String.raw`^(?:share|share this|share on|follow|follow us|short url|copy link|print|email|tweet)\b.{0,20}$`,
  String.raw`follow us on`, String.raw`share (?:this|on) (?:article|story|facebook|twitter|x|whatsapp)`,
  // comments
  String.raw`^comments?\b`, String.raw`no comments yet`, String.raw`comments are closed`, String.raw`leave a (?:comment|reply)`,
  String.raw`be the first to comment`, String.raw`post a comment`,
  // subscriptions and accounts
  String.raw`\bsubscribe\b`, String.raw`\bnewsletter\b`, String.raw`sign (?:up|in) (?:for|to|now|here)`, String.raw`^(?:sign up|sign in|log ?in|register)$`,
  String.raw`free for \d+ (?:day|week|month|year)`, String.raw`free trial`, String.raw`unlimited access`, String.raw`try (?:our|the) [\w ]{0,20}(?:free|features?)\b`,
  // cookies, consent, legal, in several languages
  String.raw`\bcookies?\b`, String.raw`privacy (?:policy|settings|notice)`, String.raw`terms (?:of|and) (?:use|service|conditions)`,
  String.raw`all rights reserved`, String.raw`©`, String.raw`\bconsent\b`, String.raw`datenschutz`, String.raw`akzeptieren`, String.raw`einwilligung`,
  String.raw`accepter`, String.raw`confidentialité`, String.raw`aceptar`, String.raw`privacidad`, String.raw`çerez`, String.raw`kabul et`,
  String.raw`\bkvkk\b`, String.raw`کوکی`, String.raw`حریم خصوصی`,
  // ads and promotions
  String.raw`^advertisement$`, String.raw`^(?:sponsored|promoted|ad)\b`, String.raw`award-winning \w+ journalism`,
  String.raw`broaden your horizons`, String.raw`\bis in beta\b`, String.raw`translations may contain`, String.raw`refer to the original content`,
  // lists of other stories
  String.raw`^(?:related|recommended|trending|popular|latest|more)(?: \w+)?(?: articles| stories| news| posts| content| from \w+)?$`,
  String.raw`^(?:read more|see also|you may also like|most read|also read|read also)\b`,
];

const CUE = new RegExp(CUES.join('|'), 'iu');

export function hasChromeCue(text: string): boolean {
  return CUE.test(text.trim());
}

/** Relative time stamps that stand in for a date on listing pages ("2 hours ago", "timean hour ago"). */
export function isRelativeStamp(text: string): boolean {
  return /^(?:time)?\s*(?:an?|\d+|one|a few)\s*(?:second|minute|min|hour|hr|day|week|month)s?\s+ago$/iu.test(text.trim()) ||
    /^(?:just now|yesterday|today)$/iu.test(text.trim());
}
