import {
  ACTION_ASK, DUTY_ROLE, GENERAL_INCIDENT, HYPOTHETICAL_INCIDENT, INFO_ASK, NAMED_INCIDENT, NOW, ON_CALL, RESOURCE, SCENE, STRONG_REQUEST, UNFOLDING, URGENT,
} from './operational-use-vocabulary';
import { ACTION_AT, INFO_AT, NAMED_AT, RESOURCE_AT, SCENE_AT, STRONG_AT, UNFOLDING_AT } from './operational-use-starts';
import type { PostStarts } from '../start-gated';

/**
 * How operational_use reads a passage for what supports a live request (operational-use.ts weighs it):
 * each regex at most once, only when the decision gets that far, and only when the post has a cue word
 * of its vocabulary. Split from operational-use.ts to keep the reading machinery apart from the weighing.
 */

/**
 * Which of the vocabularies a post can match at all, from the pre-pass's cue words: each family holds a
 * word of every way its regexes match (tested: prefilter-equivalence.test.ts samples every alternative),
 * so a regex whose family is absent cannot match and is not run. All true when there is no pre-pass.
 */
export interface Cues {
  strong: boolean;
  weak: boolean;
  /**
   * NAMED_INCIDENT's own family (thirteenth session): the broad incident family also holds the words of GENERAL_INCIDENT
   * and DUTY_ROLE ("call", "custody", "job", "incident"), common in office posts that name no incident, and gated this
   * regex, the costliest of the detector, on most posts.
   */
  named: boolean;
  scene: boolean;
  resource: boolean;
  onCall: boolean;
  /**
   * Narrower families for three regexes the broad ones above used to gate (GENERAL_INCIDENT and DUTY_ROLE under
   * `incident`, UNFOLDING under `weak`): their words are rarer, so most posts with an everyday ask skip them.
   */
  general: boolean;
  duty: boolean;
  unfolding: boolean;
  /** Fifteenth session: SHIFT_ASK's words (come in, stay on, the overtime) and DIRECTING's (stand down, hold at, cordon). */
  shift: boolean;
  directing: boolean;
}
export const ALL_CUES: Cues = { strong: true, weak: true, named: true, scene: true, resource: true, onCall: true, general: true, duty: true, unfolding: true, shift: true, directing: true };

/**
 * The reads of one passage, each regex run at most once and only when a decision asks for it (the
 * target check and the support of the ask read the same passage of a short post), and only when the
 * post has a cue word of its vocabulary.
 */
export class Passage {
  private namedRead?: boolean;
  private generalRead?: boolean;
  private onCallRead?: boolean;
  private resourceRead?: boolean;
  private sceneRead?: boolean;
  private liveRead?: boolean;

  constructor(
    readonly text: string,
    readonly cues: Cues,
    /** Fifteenth session: where the costliest regexes can start in `text` (the whole post's head; operational-use-starts.ts). */
    readonly starts?: PostStarts,
  ) {}

  named(): boolean {
    return (this.namedRead ??= this.cues.named && namesIncident(this.text, this.starts));
  }
  general(): boolean {
    return (this.generalRead ??= this.cues.general && GENERAL_INCIDENT.test(this.text));
  }
  onCall(): boolean {
    return (this.onCallRead ??= this.cues.onCall && ON_CALL.test(this.text));
  }
  resource(): boolean {
    return (this.resourceRead ??= this.cues.resource && (this.starts ? this.starts.test(RESOURCE_AT) : RESOURCE.test(this.text)));
  }
  scene(): boolean {
    return (this.sceneRead ??= this.cues.scene && (this.starts ? this.starts.test(SCENE_AT) : SCENE.test(this.text)));
  }
  /** Happening now: the scene, or a time word (LIVE, read as SCENE or NOW). */
  live(): boolean {
    return (this.liveRead ??= this.scene() || NOW.test(this.text));
  }
}

/** What speaks for live traffic in a passage: the ask it anchors on and the signals that support it. */
export function readSupport(p: Passage) {
  const text = p.text;
  const cues = p.cues;
  const named = p.named();
  const incident = named || p.general();
  const at = p.starts;
  const strong = cues.strong ? (at ? at.exec(STRONG_AT) : STRONG_REQUEST.exec(text)) : null;
  // An everyday ask counts as a live request only about a named live matter, the duty structure, an
  // operational resource while something is happening now, or a general incident word with urgency
  // and the scene itself ("is here reporting", "has just driven off"): urgency alone is also what an
  // office deadline says ("urgent: expenses must be in by 5pm, CAD will be down").
  const resource = p.resource();
  const scene = p.scene();
  const duty = cues.duty && DUTY_ROLE.test(text);
  const weakCounts = named || duty || (scene && ((incident && URGENT.test(text)) || resource));
  const action = strong || !weakCounts || !cues.weak ? null : at ? at.exec(ACTION_AT) : ACTION_ASK.exec(text);
  // A question for information ("does anyone know if", "who do I ring") is about a live matter only
  // when it names an incident; the duty structure alone is office talk ("is the control room hiring").
  const weak = action ?? (strong || !(weakCounts && (incident || resource)) || !cues.weak ? null : at ? at.exec(INFO_AT) : INFO_ASK.exec(text));
  const request = strong ?? weak;
  // Without an ask, a live broadcast about a live incident still coordinates one.
  const unfolding = request || !cues.unfolding ? null : at ? at.exec(UNFOLDING_AT) : UNFOLDING.exec(text);
  const match = request ?? (unfolding && incident ? unfolding : null);
  // Whether the matter is live and whether the duty structure is named are read only when the decision gets that far.
  return { strong, weak, action, match, unfolding, named, incident, resource, scene, duty, live: () => p.live(), onCall: () => p.onCall() };
}

const NAMED_INCIDENTS = new RegExp(NAMED_INCIDENT.source, 'g');

/**
 * Names a live matter: an incident word that is not only what a fault might lead to ("before it causes a fire").
 * One pass of the global form (its first match is where NAMED_INCIDENT.test would stop), no iterator.
 */
function namesIncident(text: string, starts?: PostStarts): boolean {
  if (starts) {
    for (let m = starts.exec(NAMED_AT); m !== null; m = starts.exec(NAMED_AT, m.index + m[0].length)) {
      if (!HYPOTHETICAL_INCIDENT.test(text.slice(Math.max(0, m.index - 48), m.index))) return true;
    }
    return false;
  }
  NAMED_INCIDENTS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAMED_INCIDENTS.exec(text)) !== null) {
    if (!HYPOTHETICAL_INCIDENT.test(text.slice(Math.max(0, m.index - 48), m.index))) return true;
  }
  return false;
}
