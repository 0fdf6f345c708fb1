import { describe, it } from 'vitest';
import { finds } from './finds';

/** Thirteenth session: general readings of names and health that should carry to new writers (sentences of our own). */

describe('"a" before a forename and surname that end their phrase introduces someone', () => {
  it('counts "a <name>," or "a <name> -" with details or case work around it', () => {
    finds('The bank trace came back to a Duncan Pilkington, 4 Orchard Way, with a mobile on the account.', [['person_name', 'Duncan Pilkington']]);
    finds('The stolen quad was sold on by a Shelley Marwood - mobile 07700 900481 on the advert.', [['person_name', 'Shelley Marwood']]);
  });
  it('not a thing named after someone, nor a brand whose second word is a first name', () => {
    finds('Found a Harry Potter book and 07700 900481 written inside the cover at the scene.', [], ['person_name']);
    finds('Suspect was wearing a Ralph Lauren, blue, and rang 07700 900481 twice.', [], ['person_name']);
  });
});
