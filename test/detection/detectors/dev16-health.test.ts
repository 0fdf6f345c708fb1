import { describe, it } from 'vitest';
import { finds } from './finds';

/** Health rules of the dev set 16 round, in new words, each with cases that must stay clean. */

describe('an adult or a casualty is a person a condition is linked to', () => {
  it('"adult" and "casualty" before the link', () => {
    finds('Concern for welfare: the adult at the flat has dementia and lives alone.', [['health', 'dementia']]);
    finds('Two vehicles involved, one casualty with a broken pelvis and a head injury.', [['health', 'head injury']]);
    finds('The adult is on insulin, so meals matter.', [['health', 'insulin']]);
  });
  it('not adults in general, nor a topic after the term', () => {
    finds('Adults with diabetes can book the free check at the station.', [], ['health']);
    finds('Casualty reduction week: head injury awareness stands at every station.', [], ['health']);
    finds('The adult education centre runs a dementia awareness course.', [], ['health']);
  });
});

describe('a phrase of the vocabulary in its regular plural', () => {
  it('a course of treatment or repeated attacks written in the plural', () => {
    finds('Nominal is on depot injections every fortnight, last one missed.', [['health', 'depot injections']]);
    finds('Her son has been having panic attacks since the burglary.', [['health', 'panic attacks']]);
  });
  it('still needs a person linked to it', () => {
    finds('The clinic runs depot injections on Tuesdays.', [], ['health']);
    finds('Panic attacks: what to do, a leaflet for the front counter.', [], ['health']);
  });
});
