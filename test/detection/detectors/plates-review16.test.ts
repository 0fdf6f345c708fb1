import { describe, it } from 'vitest';
import { finds } from './finds';

/** Review16: a week number and a day's short name in lower case are a rota's date, not a plate (sentences of our own). */
describe("a lower-case current shape ending in a day's short name (vehicle-registration.ts)", () => {
  it('reads a rota date as no plate', () => {
    finds('van rota wk12 tue: earlies have the transit, lates the sprinter', [], ['vehicle_registration']);
    finds('the car wash is out of order until wk15 mon, use the one at the depot', [], ['vehicle_registration']);
  });
  it('still reads the plate beside it, and a plate in capitals', () => {
    finds('van seen again, reg wk12 tue? no, wk12 tuv i think', [['vehicle_registration', 'wk12 tuv']]);
    finds('Van seen leaving the yard: WK12 TUE, heading north.', [['vehicle_registration', 'WK12 TUE']]);
  });
});
