import type { StatusIntent } from './types';
import type { TopicPhrase } from './parse-topic';
import { capitaliseFirst, endsWithFutureTime, hasEventNoun } from './grammar';

/**
 * Status templates modelled on the policy's own examples (section 5): "currently working on
 * new project. Does anybody have any experience of this topic?" and "Attending NPIA meeting,
 * will keep you updated on outcomes". Seven per intent so "Another suggestion" always shows
 * three new ones (see templateOrder). Templates never add personal details: only the person's topic.
 */
export type Template = (p: TopicPhrase) => string;

/** "Currently reviewing the ASB plan" / "Currently working on the burglary project". */
function opener(p: TopicPhrase): string {
  if (p.kind !== 'done' && endsWithFutureTime(p.text)) return `Coming up: ${activity(p)}`;
  switch (p.kind) {
    case 'vp':
      return `Currently ${p.text}`;
    case 'np':
      return `Currently working on ${p.text}`;
    case 'event':
      return `Currently preparing for ${p.text}`;
    case 'done':
      return `Recently ${p.text}`;
  }
}

/** A second opener so a set of three doesn't start the same way three times. */
function altOpener(p: TopicPhrase): string {
  if (p.kind !== 'done' && endsWithFutureTime(p.text)) return `Looking ahead: ${activity(p)}`;
  switch (p.kind) {
    case 'vp':
      return `${capitaliseFirst(p.text)} at the moment`;
    case 'np':
      return `Working on ${p.text} at the moment`;
    case 'event':
      return `Getting ready for ${p.text}`;
    case 'done':
      return `${capitaliseFirst(p.text)} this week`;
  }
}

function activity(p: TopicPhrase): string {
  return p.kind === 'vp' || p.kind === 'done' ? p.text : p.kind === 'np' ? `working on ${p.text}` : `preparing for ${p.text}`;
}

/** Something you can attend: the event itself, or a meeting about the topic. */
function event(p: TopicPhrase): string {
  if (p.kind === 'event') return p.text;
  // "presenting at the NPCC conference" -> "the NPCC conference".
  const target = /\b(?:at|to|for|into)\s+((?:the|a|an)\s+.+)$/i.exec(p.text)?.[1];
  if (p.kind === 'vp' && target && hasEventNoun(target)) return target;
  return `a meeting on ${p.about}`;
}

export const TEMPLATES: Record<StatusIntent, readonly Template[]> = {
  ask_experience: [
    (p) => `${opener(p)}. Does anybody have any experience of this topic?`,
    (p) => `${altOpener(p)}. Any advice or experience would be welcome.`,
    (p) => `${opener(p)}. Has anyone tackled something similar? I'd welcome any tips.`,
    (p) => `Looking for advice on ${p.about}. Does anybody have any experience of this?`,
    (p) => `${altOpener(p)}. If you've done similar work, I'd be glad to hear from you.`,
    (p) => `${opener(p)}. Any pointers from colleagues who've done this before?`,
    (p) => `${altOpener(p)}. Who else has experience of this? Happy to compare notes.`,
  ],
  // A finished piece of work ("finished the custody audit") can't be "making progress".
  share_progress: [
    (p) => (p.kind === 'done' ? `Recently ${p.text}. Happy to share what we've learned.` : `Making progress on ${p.about}. Happy to share what we've learned so far.`),
    (p) => (p.kind === 'done' ? `Update: ${p.text}. Will keep you updated on outcomes.` : `Update: ${p.about} is going well. Will keep you updated on outcomes.`),
    (p) => (p.kind === 'done' ? `${capitaliseFirst(p.text)}. Happy to share what worked and what didn't.` : `Good progress on ${p.about} this week. Happy to share what's working.`),
    (p) => (p.kind === 'done' ? `Recently ${p.text}, with thanks to everyone who helped.` : `${opener(p)}, with good progress so far. Will keep you updated on outcomes.`),
    (p) => (p.kind === 'done' ? `${capitaliseFirst(p.text)} this week. Ask me if you'd like to hear how it went.` : `${altOpener(p)}. Ask me if you'd like to hear how it's going.`),
    (p) => (p.kind === 'done' ? `Recently ${p.text}. Happy to share the results with anyone interested.` : `${opener(p)}. Happy to share progress with anyone interested.`),
    (p) => (p.kind === 'done' ? `${capitaliseFirst(p.text)}, and pleased with how it went. More to share soon.` : `Update on ${p.about}: moving forward well. More to share soon.`),
  ],
  attending: [
    (p) => `Attending ${event(p)}, will keep you updated on outcomes.`,
    (p) => `Attending ${event(p)}. Happy to share the key points afterwards.`,
    (p) => `Attending ${event(p)}. Let me know if there's anything you'd like raised.`,
    (p) => `Preparing for ${event(p)}. Will share the main outcomes afterwards.`,
    (p) => `Looking forward to ${event(p)}. Will feed back anything useful.`,
    (p) => `Off to ${event(p)}. Will report back on outcomes.`,
    (p) => `Attending ${event(p)}. Ask me afterwards if you'd like a summary.`,
  ],
  collaborators: [
    (p) => `Looking for colleagues to collaborate on ${p.about}. Get in touch if you're interested.`,
    (p) => `${opener(p)}. Would welcome anyone who'd like to get involved.`,
    (p) => `${opener(p)}. Keen to team up with anyone working on something similar.`,
    (p) => `Interested in ${p.about}? Looking for colleagues to work on it together.`,
    (p) => `${altOpener(p)}. Looking for colleagues with ideas or time to help.`,
    (p) => `Looking for colleagues to help with ${p.about}. All ideas welcome.`,
    (p) => `${altOpener(p)}. If you'd like to be involved, get in touch.`,
  ],
};

/**
 * Template order for a variant. Stepping by three through seven templates means variant n and
 * n+1 share no template (0-1-2, 3-4-5, 6-0-1, 2-3-4, ...; the cycle repeats after seven
 * variants), and the remaining four follow as fallbacks in case a candidate is dropped.
 */
export function templateOrder(variant: number, count: number): number[] {
  const start = (variant * 3) % count;
  return Array.from({ length: count }, (_, i) => (start + i) % count);
}
