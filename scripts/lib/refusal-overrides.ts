import type { PolicyIndexOptions } from '../../src/policy';
import type { OutOfScopeOptions } from '../../src/policy/out-of-scope-judge';
import type { NearestExampleOptions } from '../../src/policy/nearest-example-check';

/**
 * Refusal-threshold overrides for the dev tools, without touching the shipped defaults (DEFAULT_OUT_OF_SCOPE,
 * DEFAULT_NEAREST_EXAMPLE). A setting is `shipped` or `key=value` pairs joined by `+`, each key naming its part:
 * `oos.<OutOfScopeOptions key>` or `ne.<NearestExampleOptions key>`, e.g. `oos.leanRefuseAt=0.85+ne.exampleLeanAt=0.55`.
 * `inf` reads as Infinity (a cue off). The options merge over the defaults in createPolicyIndex, so a setting names
 * only what it moves. Unknown keys throw: a typo must not silently measure the shipped thresholds.
 */
const OOS_KEYS: ReadonlyArray<keyof OutOfScopeOptions> = ['abstainAt', 'answerBelow', 'hedgeAt', 'unhedgeableAt', 'leanRefuseAt', 'capabilityAt', 'capabilityKeys', 'capabilityAnyClause'];
const NE_KEYS: ReadonlyArray<keyof NearestExampleOptions> = ['leanAt', 'exampleLeanAt', 'margin', 'headingAt', 'neighbourhoodLeanAt', 'neighbourhoodMargin', 'neighbours', 'unhedgeableLeanAt'];

export function refusalOverrides(setting: string): Pick<PolicyIndexOptions, 'outOfScope' | 'nearestExample'> {
  if (setting === 'shipped' || setting === '') return {};
  const outOfScope: Record<string, number> = {};
  const nearestExample: Record<string, number> = {};
  for (const pair of setting.split('+')) {
    const [key, raw] = pair.split('=');
    const value = raw === 'inf' ? Infinity : Number(raw);
    if (raw === undefined || Number.isNaN(value)) throw new Error(`bad value in "${pair}"`);
    const [part, name] = key.split('.');
    if (part === 'oos' && (OOS_KEYS as string[]).includes(name)) outOfScope[name] = value;
    else if (part === 'ne' && (NE_KEYS as string[]).includes(name)) nearestExample[name] = value;
    else throw new Error(`unknown threshold "${key}" (oos.${OOS_KEYS.join('|')}; ne.${NE_KEYS.join('|')})`);
  }
  return {
    ...(Object.keys(outOfScope).length ? { outOfScope: outOfScope as Partial<OutOfScopeOptions> } : {}),
    ...(Object.keys(nearestExample).length ? { nearestExample: nearestExample as Partial<NearestExampleOptions> } : {}),
  };
}

/** `--refusal=<setting>` or the REFUSAL environment variable (one setting), for tools that take a single one. */
export function refusalOverridesFromArgs(args: readonly string[]): Pick<PolicyIndexOptions, 'outOfScope' | 'nearestExample'> {
  return refusalOverrides(args.find((a) => a.startsWith('--refusal='))?.slice(10) ?? process.env.REFUSAL ?? 'shipped');
}
