import type { StatusIntent } from './types';
import type { TopicPhrase } from './parse-topic';
import { capitaliseFirst } from './grammar';

/**
 * Status templates modelled on the policy's own examples (section 5): "currently working on
 * new project. Does anybody have any experience of this topic?" and "Attending NPIA meeting,
 * will keep you updated on outcomes". Five per intent so every variant picks a different
 * three (see pickTemplates). Templates never add personal details: only the person's topic.
 */
export type Template = (p: TopicPhrase) => string;

/** "Currently reviewing the ASB plan" / "Currently working on the burglary project". */
function opener(p: TopicPhrase): string {
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
  switch (p.kind) {
    case 'vp':
      return `${capitaliseFirst(p.text)} at the moment`;
    case 'np':
      return `Working on ${p.text} at the moment`;
    case 'event':
      return `Getting ready for ${p.text}`;
    case 'done':
      return `Just ${p.text}`;
  }
}

/** Something you can attend: the event itself, or a meeting about the topic. */
function event(p: TopicPhrase): string {
  return p.kind === 'event' ? p.text : `a meeting on ${p.about}`;
}

export const TEMPLATES: Record<StatusIntent, readonly Template[]> = {
  ask_experience: [
    (p) => `${opener(p)}. Does anybody have any experience of this topic?`,
    (p) => `${altOpener(p)}. Any advice or experience would be welcome.`,
    (p) => `${opener(p)}. Has anyone tackled something similar? I'd welcome any tips.`,
    (p) => `Looking for advice on ${p.about}. Does anybody have any experience of this?`,
    (p) => `${altOpener(p)}. If you've done similar work, I'd be glad to hear from you.`,
  ],
  share_progress: [
    (p) => `Making progress on ${p.about}. Happy to share what we've learned so far.`,
    (p) => (p.kind === 'done' ? `Update: ${p.text}. Will keep you updated on outcomes.` : `Update: ${p.about} is going well. Will keep you updated on outcomes.`),
    (p) => `Good progress on ${p.about} this week. Happy to share what's working.`,
    (p) => `${opener(p)}, with good progress so far. Will keep you updated on outcomes.`,
    (p) => `${altOpener(p)}. Ask me if you'd like to hear how it's going.`,
  ],
  attending: [
    (p) => `Attending ${event(p)}, will keep you updated on outcomes.`,
    (p) => `Attending ${event(p)}. Happy to share the key points afterwards.`,
    (p) => `Attending ${event(p)}. Let me know if there's anything you'd like raised.`,
    (p) => `Preparing for ${event(p)}. Will share the main outcomes afterwards.`,
    (p) => `Looking forward to ${event(p)}. Will feed back anything useful.`,
  ],
  collaborators: [
    (p) => `Looking for colleagues to collaborate on ${p.about}. Get in touch if you're interested.`,
    (p) => `${opener(p)}. Would welcome anyone who'd like to get involved.`,
    (p) => `${opener(p)}. Keen to team up with anyone working on something similar.`,
    (p) => `Interested in ${p.about}? Looking for colleagues to work on it together.`,
    (p) => `${altOpener(p)}. Looking for colleagues with ideas or time to help.`,
  ],
};

/**
 * Template order for a variant. Stepping by three through five templates means variant n and
 * n+1 never pick the same three (0-1-2, 3-4-0, 1-2-3, 4-0-1, 2-3-4, then round again), and the
 * remaining two follow as fallbacks in case a candidate is dropped.
 */
export function templateOrder(variant: number, count: number): number[] {
  const start = (variant * 3) % count;
  return Array.from({ length: count }, (_, i) => (start + i) % count);
}
