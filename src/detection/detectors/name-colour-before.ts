/**
 * A colour or an age-of-make word right before two capitalised words describes a thing, not a person (dev set 12
 * round): "a grey Ford Kuga", "Stolen vintage Land Rover", "black Range Rover". People are not named with a colour or
 * "vintage" straight before their first name; vehicles, bikes and goods are described that way.
 */
const THING_DESCRIBED = /\b(?:black|white|silver|grey|gray|red|blue|green|yellow|orange|purple|gold|maroon|beige|brown|navy|vintage|classic)\s+$/;

export function describedAsAThing(lowerBefore: string): boolean {
  return THING_DESCRIBED.test(lowerBefore);
}
