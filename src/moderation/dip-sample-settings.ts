import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { forbidden, type ModerationActor, type Refusal } from './actor';

/** Kept in the settings table; absent means off. */
export const DIP_SAMPLING_KEY = 'sampling.dip';
/** The HMAC key (created by migration 007); SAMPLING_KEY in the environment overrides it. */
export const SAMPLING_HMAC_KEY = 'sampling.key';

export const DEFAULT_WEEKLY_CAP = 50;
export const MAX_RATE_PERCENT = 50;
export const MAX_WEEKLY_CAP = 10_000;
/** The cap counts samples in any rolling 7 days, so it never resets at a boundary all at once. */
export const CAP_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface DipSamplingSettings {
  /** Percentage of unflagged posts in watched channels; 0 = off. */
  ratePercent: number;
  weeklyCap: number;
  setBy?: string;
  setAt?: string;
}

export const DIP_SAMPLING_OFF: DipSamplingSettings = { ratePercent: 0, weeklyCap: DEFAULT_WEEKLY_CAP };

/** What "sample ..." asked for; `undefined` fields are left as they are. */
export interface SamplingChange {
  ratePercent?: number;
  weeklyCap?: number;
}

/**
 * Parses the text after "sample": "2%", "0.5 %", "off", "cap 40", "2% cap 40", "2% 40 a week".
 * Returns a problem sentence for anything else, so the admin learns the syntax.
 */
export function parseSamplingChange(text: string): SamplingChange | { problem: string } {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const change: SamplingChange = {};
  let rest = lower;
  const off = /^(?:off|stop|none)\b/.exec(rest);
  if (off) {
    change.ratePercent = 0;
    rest = rest.slice(off[0].length).trim();
  } else {
    const rate = /^(\d+(?:\.\d+)?) ?%/.exec(rest);
    if (rate) {
      change.ratePercent = Number(rate[1]);
      rest = rest.slice(rate[0].length).trim();
    }
  }
  const cap = /^(?:,? ?(?:cap|max|limit)(?: of)? ?(\d+)|(\d+) (?:a|per) week)(?: (?:a|per) week)?$/.exec(rest);
  if (cap) {
    change.weeklyCap = Number(cap[1] ?? cap[2]);
    rest = '';
  }
  if (rest || (change.ratePercent === undefined && change.weeklyCap === undefined)) {
    return { problem: 'Please say a rate and, if you like, a weekly cap: for example "sample 2%", "sample 2% cap 40", "sample cap 40" or "sample off".' };
  }
  if (change.ratePercent !== undefined && (change.ratePercent < 0 || change.ratePercent > MAX_RATE_PERCENT)) {
    return { problem: `The sampling rate must be between 0% and ${MAX_RATE_PERCENT}%.` };
  }
  if (change.weeklyCap !== undefined && (change.weeklyCap < 1 || change.weeklyCap > MAX_WEEKLY_CAP)) {
    return { problem: `The weekly cap must be between 1 and ${MAX_WEEKLY_CAP} posts.` };
  }
  return change;
}

const ADMIN_ONLY = 'Sorry, only network admins can change dip-sampling. I have noted the request.';

/** Admin use case: change the rate and/or cap; audited with the old and new values. */
export async function changeDipSampling(store: Store, clock: Clock, actor: ModerationActor, change: SamplingChange): Promise<({ ok: true } & { settings: DipSamplingSettings }) | Refusal> {
  if (!actor.roles.has('admin')) {
    await store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'command.refused', target: null, reason: 'not an admin', details: { command: 'sample' }, at: clock.now() });
    return forbidden(ADMIN_ONLY);
  }
  return store.transaction(async (tx) => {
    const before = (await tx.settings.getForUpdate<DipSamplingSettings>(DIP_SAMPLING_KEY)) ?? DIP_SAMPLING_OFF;
    const settings: DipSamplingSettings = {
      ratePercent: change.ratePercent ?? before.ratePercent,
      weeklyCap: change.weeklyCap ?? before.weeklyCap,
      setBy: actor.id,
      setAt: clock.now().toISOString(),
    };
    await tx.settings.set(DIP_SAMPLING_KEY, settings, actor.id);
    await tx.audit.append({
      actorId: actor.id, actorName: actor.name, action: 'settings.sampling', target: null,
      details: { ratePercent: settings.ratePercent, weeklyCap: settings.weeklyCap, previousRatePercent: before.ratePercent, previousWeeklyCap: before.weeklyCap }, at: clock.now(),
    });
    return { ok: true as const, settings };
  });
}

export { describeSampling } from './settings-text';
