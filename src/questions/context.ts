// Follow-up questions: "and what did he say about India?" after a question about a person, "and in 2024?" after
// a question about an event. Earlier turns of the conversation (a thread, or the console session) resolve
// pronouns to the person or thing they were about and complete elliptical questions.
import { analyse, capitalisedRuns } from './analyse.js';

export interface Turn {
  /** The question as it was understood (already resolved against the turns before it). */
  question: string;
  /** The person it was about (asked after, or answered): what "he" or "she" stands for next. */
  person?: string | null;
  /** The thing it was about: what "it" or "they" stands for next. */
  topic?: string | null;
}

/** At most this much of the conversation is read back: the last 20 turns, 4,000 characters. */
export const MAX_TURNS = 20;
const MAX_CONTEXT_CHARS = 4000;

const PERSON_PRONOUN = /\b(he|she|him|her|his|hers|himself|herself)\b/i;
const THING_PRONOUN = /\b(?:it|its|they|them|their)\b|\b(?:about|on|of) (?:that|this)\b/i;

/** The earlier turns worth reading: newest last, bounded in count and length. */
function bounded(turns: Turn[]): Turn[] {
  const out: Turn[] = [];
  let chars = 0;
  for (const t of [...turns].reverse().slice(0, MAX_TURNS)) {
    chars += t.question.length;
    if (chars > MAX_CONTEXT_CHARS) break;
    out.unshift(t);
  }
  return out;
}

/** The question made whole: pronouns replaced by what they stand for, an elliptical follow-up completed. */
export function resolveFollowUp(question: string, history: Turn[]): string {
  const turns = bounded(history);
  const last = turns[turns.length - 1];
  if (!last) return question;
  const q = question.trim();
  const person = [...turns].reverse().find((t) => t.person)?.person ?? null;
  const topic = last.topic ?? subjectOf(last.question);
  // "and in 2024?", "what about India?", "and Afghanistan?": the last question, with the new words in.
  const elliptical =
    /^(?:and|but|also|what about|how about)\b/i.test(q) &&
    analyse(q.replace(/^(?:and|but|also)\s+/i, '')).focus.length <= 3 &&
    !/^(?:and|but)\s+(?:who|what|when|where|why|how|which|is|are|was|were|did|does|do|has|have)\b/i.test(q);
  if (elliptical) {
    const rest = q
      .replace(/^(?:and|but|also|what about|how about)\s*/i, '')
      .replace(/[?.!]+$/u, '')
      .trim();
    const base = last.question.replace(/[?.!]+$/u, '');
    // A new year or place takes the place of the one asked before, if any.
    if (/^(?:in|on|during|since)?\s*(?:19|20)\d{2}$/i.test(rest) && /\b(?:19|20)\d{2}\b/.test(base))
      return `${base.replace(/\b(?:in |on |during |since )?(?:19|20)\d{2}\b/i, rest)}?`;
    const oldNames = capitalisedRuns(base).slice(1);
    const newNames = capitalisedRuns(rest);
    if (newNames.length && oldNames.length) return `${base.replace(oldNames[oldNames.length - 1]!, rest)}?`;
    return `${base} ${rest}?`;
  }
  let out = q;
  if (person && PERSON_PRONOUN.test(out)) {
    out = out.replace(/\b(his|hers)\b/gi, `${person}'s`).replace(/\b(he|she|him|her|himself|herself)\b/gi, person);
  }
  if (topic && THING_PRONOUN.test(out)) {
    out = out
      .replace(/\b(its|their)\b/i, `${topic}'s`)
      .replace(/\b(it|they|them)\b/i, topic)
      .replace(/\b(about|on|of) (?:that|this)\b/i, `$1 ${topic}`);
  }
  return out;
}

/** What a question was about, when no answer said: the names it gave, else its focus words. */
function subjectOf(question: string): string | null {
  const a = analyse(question);
  if (a.subject) return a.subject;
  if (a.names.length) return a.names[a.names.length - 1]!;
  return a.focus.length ? a.focus.slice(0, 3).join(' ') : null;
}
