import { STREET_TYPES } from './address';

/**
 * A postcode typed in lower case and unspaced ("ls127qx") is read with doubt ("meet at st103lx" may be a code), but right
 * after a house number and a street it ends an address as on an envelope ("at 14 kestrel way ls127qx", dev set 13 round),
 * so the street says what it is; the address rule then reads the street before it in turn.
 */
const STREET_ENDING = new RegExp(`\\b\\d{1,4}[a-z]?,? (?:[a-z'’-]+ ){1,3}(?:${STREET_TYPES.join('|').toLowerCase()})\\.?,? ?$`);

/** `before`: the lower-case text right before the postcode. */
export function endsAStreet(before: string): boolean {
  return STREET_ENDING.test(before);
}
