import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Fourteenth session (branch health27): how unseen writers tie a condition to a person. Sentences of our own.
 */

describe('"whose" before a term is a possessive of the person named before it', () => {
  it('reads the term as that person\'s', () => {
    finds("Flowers from all of us to Brian, whose Crohn's flared up again over Christmas.", [['health', "Crohn's"]]);
    finds('A word for our old sergeant, whose epilepsy never stopped him passing his driving course.', [['health', 'epilepsy']]);
  });
  it('not a thing or a body whose topic is health', () => {
    finds('The charity, whose dementia research we funded last year, wrote to thank us.', [], ['health']);
    finds('This is the team whose asthma campaign won the award.', [], ['health']);
  });
});

describe('a custody cell number names the detainee in it', () => {
  it('reads a term in the note of a cell as its occupant\'s', () => {
    finds('Cell 7 heroin withdrawal, seen by the nurse, diazepam given at 0200.', [['health', 'heroin withdrawal'], ['health', 'diazepam']]);
    finds('cell 2: asthma, salbutamol with the property', [['health', 'asthma'], ['health', 'salbutamol']]);
    finds('Overnight notes\nc11 - cellulitis left leg, dressed, antibiotics prescribed', [['health', 'cellulitis']]);
    finds('Handover: cell 5 ?appendicitis, paramedics called 0410', [['health', 'appendicitis']]);
  });
  it('not a cell in a note about the building or training, nor a room number', () => {
    finds('Cell 4 is out of use until the toilet is fixed. Diabetes leaflets are in the charge room.', [], ['health']);
    finds('Naloxone training is in room c12 at 10, bring your own pen.', [], ['health']);
    finds('Cell 6 needs a deep clean. Is the new epilepsy policy out yet?', [], ['health']);
  });
});

describe('injuries and operations in plain words (health-plain-care.ts)', () => {
  it('reads a verb of hurting before a possessive and a body part', () => {
    finds('Big Terry has knackered his shoulder moving the gym mats, off till Monday.', [['health', 'knackered his shoulder']]);
    finds("I've pulled my hamstring chasing a shoplifter, so no five-a-side for me.", [['health', 'pulled my hamstring']]);
    finds('She burnt her hand on the urn in the canteen and had it dressed.', [['health', 'burnt her hand']]);
    finds('Dan has done his knee again, physio says six weeks.', [['health', 'done his knee']]);
  });
  it('not "done my head in", nor a part that opens a thing\'s name, nor advice to anyone', () => {
    finds('This new duty system has done my head in.', [], ['health']);
    finds('I have done my back garden at last, patio looks great.', [], ['health']);
    finds('If you hurt your back lifting prisoners, fill in the form.', [], ['health']);
    finds('Officers who pulled their hamstring on the bleep test can resit it.', [], ['health']);
  });
  it('reads a part or an organ had done, out or replaced', () => {
    finds('Our Lorraine is having her tonsils out next week, ice cream donations welcome.', [['health', 'tonsils out']]);
    finds('Gary had his shoulder pinned after the fall and is in a sling.', [['health', 'shoulder pinned']]);
    finds('Mum had her knee replaced in May.', [['health', 'knee replaced']]);
  });
  it('not a thing of the office had done', () => {
    finds('Had the back door fixed at last, thanks estates.', [], ['health']);
    finds('Getting their wisdom teeth out is something most people dread.', [], ['health']);
  });
  it('reads a wounding verb with where on the body, and bleeding from a part', () => {
    finds('The lad on the door was glassed in the face outside the club, ambulance on route.', [['health', 'glassed in the face']]);
    finds('Neighbour says he was bleeding from the mouth when he left.', [['health', 'bleeding from the mouth']]);
  });
  it('not advice or a topic', () => {
    finds('Anyone bitten on the hand by a dog should get a tetanus check.', [], ['health']);
  });
  it('reads the possessive "op" had or waited for', () => {
    finds('Denise is back next month after her op, she sends her love.', [['health', 'op']]);
    finds('Still waiting for my op date, third cancellation now.', [['health', 'op']]);
  });
  it('not a police operation', () => {
    finds('Sgt Hale has had his op order signed off for Saturday.', [], ['health']);
    finds('The op went well, four arrests and a warrant executed.', [], ['health']);
    finds('Had the op briefing at 0600, everyone on time.', [], ['health']);
  });
});

describe('a machine said to be ill is a figure of speech (health-other-senses.ts)', () => {
  it('not a finding when a machine or device is the subject', () => {
    finds("The vending machine's had a stroke, it only gives out crisps now.", [], ['health']);
    finds('The custody server has had a breakdown again, back to paper.', [], ['health']);
  });
  it('still a person\'s when the machine only names their job or place', () => {
    finds('The printer engineer has had a heart attack, so no repairs this week.', [['health', 'heart attack']]);
    finds('Dave from the radio room has had a stroke and is in the General.', [['health', 'stroke']]);
  });
});

describe('an HR case\'s person and a tutor\'s student: employee, tutee', () => {
  it('reads the term as theirs', () => {
    finds('Stage 2 meeting: the employee remains absent since January with anxiety, OH to advise.', [['health', 'anxiety']]);
    finds('The tutee was absent since Monday with migraines.', [['health', 'migraines']]);
    finds('Update from the employee: awaiting knee surgery in May.', [['health', 'knee surgery']]);
  });
  it('not a group, nor a membership; "member of public" is no reason to read a title "ms" as MS', () => {
    finds('Any member can book a wellbeing session about stress via the portal.', [], ['health']);
    finds('Gym membership with physio sessions is half price for every employee this month.', [], ['health']);
    finds('member of public whose bike was damaged by our van, ms fenwick, wants a call back.', [], ['health']);
  });
});

describe('hearing voices (health-plain-words.ts)', () => {
  it('reads it as a state of the person', () => {
    finds('Her brother rang: she is hearing voices again and has not slept.', [['health', 'hearing voices']]);
    finds("Misper's dad says he's been hearing voices since he stopped his meds.", [['health', 'hearing voices']]);
  });
  it('not a network or a noise in a building', () => {
    finds('The Hearing Voices Network is running a talk for call handlers.', [], ['health']);
    finds('We kept hearing voices from the empty flat upstairs, turned out to be a radio.', [], ['health']);
  });
});

describe('an overdose in plain words: "OD", many tablets taken at once', () => {
  it('reads "OD" and ten or more tablets as an overdose told of one person', () => {
    finds('The lad from Ash Court was taken to A&E after a suspected OD, mum with him.', [['health', 'OD']]);
    finds("Her flatmate says she's swallowed about 16 co-codamol and gone to bed.", [['health', '16 co-codamol']]);
    finds('He rang back to say he had taken twenty tablets, ambulance sent.', [['health', 'taken twenty tablets']]);
  });
  it('not a couple for a headache, a count of things, stock, nor the OD department', () => {
    finds('I took 2 paracetamol for the headache and carried on.', [], ['health']);
    finds('We took 30 statements from the crowd.', [], ['health']);
    finds('The chemist had 50 tablets stolen from behind the counter.', [], ['health']);
    finds('The OD team are running the leadership course in March.', [], ['health']);
  });
  it('not a spreadsheet saved as .ods (the plural "ODs" is no term of its own: it only ever matched file names)', () => {
    finds('I saved my rota as rota.ods, he can open it in LibreOffice', [], ['health']);
    finds('Send me your timesheet.ods file please, my laptop has no Excel', [], ['health']);
  });
});

describe('a syndrome named by its body part without "syndrome" (health-plain-words.ts)', () => {
  it('reads it as a condition of one person', () => {
    finds('Jan is having her carpal tunnel release on Friday so can someone cover the scanner.', [['health', 'carpal tunnel']]);
    finds('He was diagnosed with thoracic outlet last year and still cannot lift his arm above his head.', [['health', 'thoracic outlet']]);
  });
  it('not as a topic', () => {
    finds('Carpal tunnel is common in keyboard users, so take your screen breaks.', [], ['health']);
  });
});

describe('every cue word of health-plain-care.ts and the machine rule, one sentence each', () => {
  it('each verb of hurting', () => {
    for (const v of ['hurt', 'pulled', 'strained', 'done', 'did', 'knackered', 'cut', 'burnt', 'burned', 'bruised', 'gashed', 'jarred', 'wrenched', 'tweaked']) {
      finds(`Jodie ${v} her wrist at the weekend, so she is on light duties.`, [['health', `${v} her wrist`]]);
    }
  });
  it('each word of an operation on a part or an organ', () => {
    for (const w of ['done', 'out', 'removed', 'replaced', 'pinned', 'plated', 'fixed', 'scoped', 'lasered', 'operated on']) {
      finds(`Uncle Ken is having his knee ${w} on Tuesday.`, [['health', `knee ${w}`]]);
    }
    for (const o of ['appendix', 'tonsils', 'gallbladder', 'wisdom teeth', 'womb', 'thyroid', 'adenoids']) {
      finds(`My sister had her ${o} out last week.`, [['health', `${o} out`]]);
    }
  });
  it('each wounding verb', () => {
    for (const v of ['stabbed', 'shot', 'bitten', 'slashed', 'glassed', 'knifed', 'scalded']) {
      finds(`The lad was ${v} in the arm and is at the General.`, [['health', `${v} in the arm`]]);
    }
    finds('The lad was bleeding out of the ear when we got there.', [['health', 'bleeding out of the ear']]);
  });
  it('each word of having or waiting before "op"', () => {
    for (const w of ['had', 'having', 'has had', 'after', 'before', 'recovering from', 'since', 'post', 'in for', 'date for', 'waiting for', 'awaiting']) {
      finds(`Lorraine says she is fine ${w} her op, thanks for asking.`, [['health', 'op']]);
    }
  });
  it('each verb and tablet of many taken', () => {
    for (const v of ['took', 'taken', 'taking', 'swallowed', 'swallowing', 'downed', 'necked']) finds(`Her sister says she ${v} 20 tablets.`, [['health', '20 tablets']]);
    for (const t of ['paracetamol', 'ibuprofen', 'aspirin', 'co-codamol', 'tablets', 'pills', 'painkillers', 'sleeping tablets', 'diazepam']) {
      finds(`He told the call taker he had taken 25 ${t}.`, [['health', `25 ${t.split(' ')[0]}`]]);
    }
  });
  it('each machine', () => {
    for (const m of ['machine', 'printer', 'photocopier', 'computer', 'laptop', 'server', 'system', 'network', 'engine', 'boiler', 'kettle', 'fridge', 'radio', 'heater', 'router', 'website', 'database', 'app']) {
      finds(`Great, the ${m} has had a breakdown again.`, [], ['health']);
    }
  });
});
