import { describe, expect, it } from 'vitest';
import { finds } from './finds';
import { healthKind } from '../../../src/detection/detectors/health-vocabulary';

/**
 * Fourteenth session (branch hv14): WordNet's trees of care beside therapy and surgery, and the plural of single-word
 * terms (scripts/build-health-terms.mjs, scripts/lib/health-term-trees.mjs). Sentences of our own.
 */

describe('medical care and the therapies beside it (WordNet: treatment)', () => {
  it('reads a kind of medical care told of one person', () => {
    finds('Her nan has been on anticoagulation since the clot and bruises easily.', [['health', 'anticoagulation']]);
    finds('Mr Okafor needs nursing care at home, so the carers will be there when we call.', [['health', 'nursing care']]);
    finds('The lad was given defibrillation by the paramedics at the roadside.', [['health', 'defibrillation']]);
    finds('Witness is seeing an osteopath and having osteopathy twice a week for her neck.', [['health', 'osteopathy']]);
    finds('She is having acupuncture for the pain after the collision.', [['health', 'acupuncture']]);
  });
  it('not in general talk, not the root words, nor WordNet senses that miss the everyday one', () => {
    finds('Acupuncture and osteopathy are not funded by the force health scheme.', [], ['health']);
    finds('He said the medical care in the cell block was fine and had no complaints.', [], ['health']);
    finds('She says the medical procedure for the form is daft.', [], ['health']);
    finds('She is in charge of the digitalisation of the custody records.', [], ['health']);
    finds('Sgt Brown booked the disinfection of the van after the prisoner spat in it.', [], ['health']);
    finds('My wife booked me a swedish massage for my birthday.', [], ['health']);
  });
});

describe('immunisation, prophylaxis, vaccines and detoxification', () => {
  it('reads them told of one person', () => {
    finds('The officer bitten on Friday has started on prophylaxis and is back next week.', [['health', 'prophylaxis']]);
    finds('Sgt Khan had his inoculation on Tuesday, so he is off the range until Friday.', [['health', 'inoculation']]);
    finds('Mrs Patel asked whether her son had the pneumococcal vaccine before the transfer.', [['health', 'pneumococcal vaccine']]);
    finds('He went through detoxification at the unit in March and has been clean since.', [['health', 'detoxification']]);
    finds('Her brother finished a heroin detox at the unit last month and is staying with her.', [['health', 'heroin detox']]);
  });
  it('not a campaign, a clinic or advice to everyone', () => {
    finds('Vaccination clinics for all staff open on Monday in the gym.', [], ['health']);
    finds('Reminder that prophylaxis is available to anyone exposed at work, ask occupational health.', [], ['health']);
    finds('The drug detox service has moved to Park Lane from Monday.', [], ['health']);
    finds('The pneumococcal vaccine is offered in the gym on Thursday to anyone over 65.', [], ['health']);
    finds('Day three of my juice detox and I would kill for a bacon roll.', [], ['health']);
  });
});

describe('emergency procedures, abortion, contraception and the medical insertions', () => {
  it('reads them told of one person', () => {
    finds('PC Lund gave the man the kiss of life until the crew arrived.', [['health', 'kiss of life']]);
    finds('The victim had a blood transfusion at the LGI overnight.', [['health', 'blood transfusion']]);
    finds('She told the nurse she had an induced abortion last year.', [['health', 'induced abortion']]);
    finds('The patient needed intubation in resus and is sedated.', [['health', 'intubation']]);
  });
  it('not a course or a leaflet', () => {
    finds('The first aid course on Tuesday covers cardiopulmonary resuscitation and the recovery position.', [], ['health']);
    finds('Leaflets about contraception are in the front office for visitors.', [], ['health']);
    finds('The briefing says the law on induced abortion is changing in Scotland.', [], ['health']);
    finds('The blood transfusion service has moved to the new site in Seacroft.', [], ['health']);
  });
});

describe('single-word terms in the plural', () => {
  it('are in the vocabulary with the kind of the singular', () => {
    expect([healthKind('painkillers'), healthKind('ulcers'), healthKind('inoculations'), healthKind('vaccines')]).toEqual(['medication', 'condition', 'treatment', 'medication']);
    // Not where the plural is a WordNet lemma of its own: "physic" is a medicine, "physics" a science.
    expect([healthKind('physic'), healthKind('physics')]).toEqual(['medication', undefined]);
  });
  it('reads a plural told of one person, not in general talk', () => {
    finds('The gent at number 4 has leg ulcers that the district nurse dresses every week.', [['health', 'ulcers']]);
    finds('He says he is on painkillers for his back and can not sit for long.', [['health', 'painkillers']]);
    finds('Painkillers and sedatives must be kept in the locked cabinet in custody.', [], ['health']);
  });
});
