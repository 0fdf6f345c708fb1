import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Fifteenth session (branch opuse15): operational_use readings from the focused dev set 28, each a general class with
 * sentences of our own (none copied from a dev set), a positive and a negative case each. The value given is the
 * sentence that does it; a finding anywhere in it counts.
 */
const op = (text: string, sentence = text): void => finds(text, [['operational_use', sentence]]);
const notOp = (text: string): void => finds(text, [], ['operational_use']);

describe('who is nearest, asked as a dispatcher asks', () => {
  it('who is nearest or closest to a live job, and "any1 near" in text speak', () => {
    op("Who's closest to the leisure centre? Lifeguard says a lad is kicking off at reception.", "Who's closest to the leisure centre?");
    op('any1 near the precinct? fight outside the bookies');
  });
  it('not who is nearest in a quiz or an office question', () => {
    notOp("Who's nearest to guessing the weight of the cake? Results at 4.");
    notOp('Who is closest to finishing their PDR? I need the stats by Friday.');
  });
});

describe('directing resources at a live scene', () => {
  it('stands them down, holds them at a point, keeps them out of a cordon, sets up the RVP', () => {
    op('Stand down the crews heading to the garage, the alarm was set off by staff.');
    op('All units hold at the petrol station until the ARV confirms it is safe.');
    op('Dogs are going in now, everyone else stay out of the inner cordon.', 'everyone else stay out of the inner cordon.');
    op('First car on scene please set up an RVP at the bus stop opposite the flats.');
  });
  it('not a stand-down told afterwards, a training cordon or a cordon as a topic', () => {
    notOp('Last night we were stood down from the mutual aid at 2am, thanks all for your patience.');
    notOp('On the scene management course next week we will practise setting up an RVP and a cordon.');
  });
});

describe('the resources a live ask sends', () => {
  it('a van, a drone, NPAS, bodies, a CSI, a PCSO, a pair of eyes over a place', () => {
    op('Need a van to the precinct asap, one detained and kicking off.', 'Need a van to the precinct asap');
    op('Drone required over the allotments, male hiding in the sheds after a burglary.');
    op('Need eyes over the estate, the suspect is running through the gardens.', 'Need eyes over the estate');
    op('Need more bodies at the cells now, three fighting in the holding room.');
    op('Looking for a PCSO to guard the scene at the underpass until forensics arrive.');
  });
  it('not a van for a trip, a second pair of eyes on a document, bodies for a quiz team', () => {
    notOp('We need a van for the cadets trip to the coast in June, any ideas who to ask?');
    notOp('Need a second pair of eyes on my promotion application before Friday.');
    notOp('Need more bodies for the pub quiz team next Thursday.');
  });
});

describe('on-call cover asked as "do the on-call"', () => {
  it('do the on-call, for tonight', () => {
    op('Could anyone do the on-call DI role tonight? Mine has fallen through.', 'Could anyone do the on-call DI role tonight?');
  });
  it('not the allowance for doing it', () => {
    notOp('How much is the allowance if you do the on-call allowance claim late?');
  });
});

describe('asks by their shape: who can act, a resource on duty, a dispatch on a condition, a resource told to act', () => {
  it('reads each about a live matter', () => {
    op('Shoplifter detained at the supermarket, who can attend?');
    op('Is there a sergeant on duty who can authorise a strip search? Detainee is refusing.', 'Is there a sergeant on duty who can authorise a strip search?');
    op("If you're free, head to the park: a man with a knife has been seen by the swings.");
    op('Patrols in the east please attend the railway bridge, concern for welfare.');
    op('Has anyone got a taser officer spare? Male with a knife at the takeaway.', 'Has anyone got a taser officer spare?');
  });
  it('not the same shapes about office things or a planned day', () => {
    notOp('Who can attend the diversity training next month? Names to me.');
    notOp("If you're free on Friday, come to the leaving do at the social club.");
    notOp('Has anyone got a charger spare? Mine died.');
  });
});

describe('a scene turning, partner services asking, animals on the road, an armed deployment, unresourced calls', () => {
  it('reads each as a live matter', () => {
    op("Crowd at the taxi rank is turning nasty, can someone get down there?", 'can someone get down there?');
    op('Paramedics are asking for police at the house on the corner, who can go?');
    op('Cows on the dual carriageway by the services, can somebody with lights attend?');
    op('ARVs are dealing at the car wash, neighbourhood staff please stay away from the area.');
    op('Nobody left to send to the domestic in the west, anyone clearing please call up.');
  });
  it('not the same words told as news, a forecast or a general remark', () => {
    notOp('BBC news: paramedics are asking the public to only call 999 in an emergency.');
    notOp('Cows on the road are a hazard at this time of year, drive carefully.');
    notOp('There is never anybody left to send on a Friday night, that is just how it is.');
  });
});

describe('the duty structure organised for today', () => {
  it('an ask to come in or stay on, with a shift word and a time of today', () => {
    op('Nights are down to two cars, can anyone on a rest day come in from 9?', 'can anyone on a rest day come in from 9?');
    op('Is anyone on lates able to stay on until 3 tonight? We have no cover for the town.', 'Is anyone on lates able to stay on until 3 tonight?');
    op('Custody is short a jailer tonight if anyone fancies the overtime.');
    op('Any specials on duty tonight who can help at the fireworks, the crowd is getting out of hand?');
  });
  it('not a shift booked ahead, a social evening, or staying on a topic', () => {
    notOp('Can anyone on lates come in early tomorrow for the training day?');
    notOp('Who can stay late tonight for the quiz? We need a fourth player.');
    notOp('Please stay on the channel during the night shift tonight, comms are testing.');
  });
});

describe('how long a scene has gone on', () => {
  it('a crew waiting hours at a scene', () => {
    op('Can someone relieve the crew at the crash site? They have been stood there for five hours.', 'Can someone relieve the crew at the crash site?');
  });
  it('not a wait told as a complaint about the past', () => {
    notOp('Last week I was sat in A&E waiting four hours with my son, the NHS is on its knees.');
  });
});

describe('"shout out to" anyone near is a call, not thanks', () => {
  it('a call to anyone near a live job', () => {
    op('Shout out to anyone in the area of the retail park, lorry on fire in the car park.');
  });
  it('thanks stays thanks', () => {
    notOp('Shout out to the crews who dealt with the lorry fire at the retail park last night.');
  });
});

describe('who holds the on-call now, with where its calls go', () => {
  it('the holder named and a contact instruction', () => {
    op("I'm the on-call tactical adviser tonight, ring me on the work mobile for anything armed.", "I'm the on-call tactical adviser tonight");
    op('The on-call DS tonight is DS Amin and he is expecting your call about the warrant.', 'The on-call DS tonight is DS Amin');
  });
  it('not being on call mentioned in passing, nor an on-call rota with no calls routed', () => {
    notOp("I'm on call this weekend so I'll miss the five-a-side, sorry lads.");
    notOp('The on-call rota for January is on the SharePoint page, ring HR if it looks wrong.');
  });
});

describe('eyes on a subject, whether a resource is sent, a relief at a scene', () => {
  it('reads each about a live matter', () => {
    op('Anyone got eyes on the blue transit? It made off from the garage two minutes ago.', 'Anyone got eyes on the blue transit?');
    op('Woman screaming in the flat above the launderette, is a unit going? Control are not answering.', 'is a unit going?');
    op('Can anyone relieve the scene guard at the garages? She has been on 7 hours.', 'Can anyone relieve the scene guard at the garages?');
    op('The cordon at the north end needs relieving, anyone on lates?');
  });
  it('not the same words about the office or a film', () => {
    notOp('Can someone relieve me on the front desk at 1 so I can get lunch?');
    notOp('Is anyone going to the retirement do for the old sergeant on Friday?');
    notOp('Anyone got eyes on the new Line of Duty series? No spoilers please.');
  });
});

describe('resources called by what they are needed for', () => {
  it('an escort vehicle needed now, "we are needed now at", a lone crew', () => {
    op('Escort vehicle needed at the roundabout right now, the abnormal load has broken down across both lanes.', 'Escort vehicle needed at the roundabout right now');
    op("Search team, we're needed now at the reservoir for a missing hiker, meet at the dam car park.", "we're needed now at the reservoir");
    op('Lone crew at the bus station with three males squaring up, can anyone attend?');
  });
  it('not a vehicle needed for a planned day, nor needed as a general remark', () => {
    notOp('Escort vehicle needed for the royal visit next month, details from ops planning.');
    notOp("You're needed in the training room at 2 for the fire drill briefing.");
  });
});

describe('who commands a live incident, someone being detained now, a relief as a command', () => {
  it('reads each about a live matter', () => {
    op('Hostage situation at the bank on the square. Who is the Silver we should report to?', 'Who is the Silver we should report to?');
    op('Can someone come to the petrol station, a man who assaulted the cashier is being restrained by staff and I am on my own.', 'Can someone come to the petrol station');
    op('The road closure by the quarry is still in place, can anyone relieve the SCs at the north end?', 'can anyone relieve the SCs at the north end?');
    op('On-call firearms commander tonight is me, ring 01632 960111 for authority.', 'On-call firearms commander tonight is me');
  });
  it('not who commands a planned event, nor a case officer asked about, nor "being held" as a meeting', () => {
    notOp('Who is the Gold for the Christmas market next month? I need to send the plan.');
    notOp("Who's the OIC for the burglary at the chemist? The victim wants an update.");
    notOp('The quarterly review is being held in room 4, can someone bring the projector?');
  });
});

describe('second round: resources asked to a place, whether one is near, commands at a scene, animals and lost children', () => {
  it('reads each about a live matter', () => {
    op('Can we have two units at the school gates, a parent is threatening staff with a bat.', 'Can we have two units at the school gates');
    op('Is the traffic car anywhere near? The stolen van has gone to ground on the industrial estate.', 'Is the traffic car anywhere near?');
    op('Call off the search at the reservoir, the missing teenager is home safe.', 'Call off the search at the reservoir');
    op('Dogs loose on the playing field and going for walkers, can someone with a grasper attend?', 'can someone with a grasper attend?');
    op('Any spare officers in the shopping centre? Toddler lost his mum by the escalators.', 'Any spare officers in the shopping centre?');
    op('Can the east team spare someone for a bedwatch? Constant obs on a detainee at A&E.', 'Can the east team spare someone for a bedwatch?');
    op('Armed officers are going in: everyone hold the perimeter until stood down.', 'everyone hold the perimeter until stood down.');
  });
  it('not the same words about the office, a course or the past', () => {
    notOp('Can we have two units of the new radios for the training room next month?');
    notOp('Is the dog van anywhere near its service date? The garage keeps asking.');
    notOp('Last year they called off the search after three days; the documentary is on tonight.');
    notOp('Can anyone spare a few minutes to fill in the staff survey?');
    notOp('The incident was stood down last night and everyone went home safe.');
  });
});

describe('third round: where the nearest resource is, a duty phone, capacity, a hand, alarms and smashed doors, welfare checks', () => {
  it('reads each about a live matter', () => {
    op('Where are the closest units? Youths legging it over the allotments after a car was set alight.', 'Where are the closest units?');
    op("Who's got the firearms inspector phone? Need authority for a man with a gun at the petrol station.", "Who's got the firearms inspector phone?");
    op("Whoever's on the van, head to the precinct now, fight outside the bookies.", "Whoever's on the van, head to the precinct now");
    op('Does anyone have time to take a first account from a stabbing victim at the hospital this morning?', 'Does anyone have time to take a first account');
    op('Could do with a hand at the chemist, two shoplifters and the staff are scared.', 'Could do with a hand at the chemist');
    op('Any officers near the post office? Alarm going off and the window smashed.', 'Any officers near the post office?');
    op('Anyone free to do a welfare check at the farmhouse? Daughter has not heard from her dad in days.', 'Anyone free to do a welfare check at the farmhouse?');
    op('Can anyone get to the crossing? A lorry is stuck on the tracks.', 'Can anyone get to the crossing?');
  });
  it('not the same shapes about the office', () => {
    notOp('Where are the closest toilets to the new briefing room?');
    notOp("Who's got the office phone charger? Mine has vanished.");
    notOp('Does anyone have time to proofread my promotion board answers?');
    notOp('Could do with a hand carrying the raffle prizes at lunch.');
    notOp('The alarm test is going off at 10 on Tuesday, no need to evacuate.');
  });
});

describe('fourth round: the SIO asked for now, anyone in the vicinity, "would appreciate", a runner, hanging on, alone at a scene', () => {
  it('reads each about a live matter', () => {
    op('Who is SIO today? Body found in the quarry and the scene needs a decision.', 'Who is SIO today?');
    op('Anyone in the vicinity of the marina? Report of a man with a machete by the boats.', 'Anyone in the vicinity of the marina?');
    op('Would appreciate a dog handler at the industrial units, the burglars have done a runner over the fence.', 'Would appreciate a dog handler at the industrial units');
    op('Nights are short tonight, can anyone on lates hang on till 1?', 'can anyone on lates hang on till 1?');
    op("Can someone come to the chip shop, a drunk male is threatening staff and I'm on my own.", 'Can someone come to the chip shop');
  });
  it('not a case question, a place in passing, or staying on in a meeting', () => {
    notOp("Who's OIC for the burglary at the chemist? The victim wants an update.");
    notOp('Anyone in the vicinity of the canteen, there are free doughnuts.');
    notOp('Would appreciate a volunteer to run the tombola at the summer fete next month.');
    notOp('I sat on my own at the awards night, next year someone come with me!');
  });
});

describe('what a lookout is for is watched, not asked for (lead, fifteenth session)', () => {
  it('a vehicle or officer named as the thing to look out for is no resource asked for', () => {
    notOp('Could someone keep an eye out for the parcels van right now, I am expecting a delivery for the front office.');
    notOp('Can anybody look out for a white van with ladders asap, the builders are due and reception has no key.');
  });
  it('the same words asked for, now, are a dispatch', () => {
    op('Need a van at the retail park right now, two detained and no transport.', 'Need a van at the retail park right now, two detained and no transport.');
  });
});
