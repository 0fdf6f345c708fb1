import type { Candidate } from '../types';
import type { ScanContext } from '../scan-context';
import { Cue } from '../cues';
import { eachMatchNear } from '../text-utils';

/**
 * Members of the public named in an operational context: "Victim is Jane Whitfield",
 * "arrested Dean Price", "Mr Kowalski at number 14". Colleagues named in thanks,
 * welcomes and leaving posts are not flagged: a title-only name needs no staff
 * context, and role words ("victim", "suspect") are what make a name operational.
 */
const ROLE =
  /\b(?:victim|suspect|missing from home|mfh|arrest enquiry|wanted male|wanted female|offender|witness|complainant|misper|missing person|missing|informant|nominal|detained person|dp|ip|injured party|deceased|subject|arrested|named as|name is|names? of|name|known as|aka|a\.k\.a\.?|casualty|prisoner|perpetrator|perp|accused|defendant|wanted|nfa'?d|charged|mother|father|stepdad|stepfather|partner|ex-partner|ex|girlfriend|boyfriend|wife|husband|son|daughter|neighbour|resident|occupant|owner|driver|passenger|patient|youth|juvenile|teenager|male|female|man|woman|boy|girl|child|elderly|vulnerable adult|sex offender|rso|sus)\b(?:\s*[:,\-–(]\s*|\s+(?:is|was|named|called|being|now|=)\s+|\s+){1,2}/g;
const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Master)\.? (?=[A-Z])/g;
const NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?[A-Z][a-zà-ÿ'’]{1,20}(?:-[A-Z][a-zà-ÿ'’]{1,20})?(?: (?:[A-Z]\.? )?(?:Mc|Mac|O')?[A-Z][a-zà-ÿ'’]{1,20}(?:-[A-Z][a-zà-ÿ'’]{1,20})?){0,2}/;
const STAFF =
  /\b(?:thanks?|thank you|cheers|congrat\w*|welcome|well done|retir\w*|leaving|farewell|collection|colleague|our|shout ?out|kudos|pc|dc|ds|di|dci|sgt|insp\w*|supt|superintendent|ch ?supt|chief|acc|dcc|officer|pcso|staff|hr|payroll|team|manager|head of|director|speaker|trainer|presented|hosted|led)\b/;
const OPERATIONAL =
  /\b(?:victim|suspect|missing from home|mfh|arrest enquiry|wanted male|wanted female|offender|witness|complainant|arrest\w*|custody|detained|missing|misper|address|lives|resides|reported|report|reporting|reports|assault\w*|burglar\w*|theft|stolen|harass\w*|domestic|dv|da|safeguard\w*|vulnerable|risk|warrant|bail|charged|charge|interview\w*|statement|incident|crime|nominal|intel\w*|sighting|seen|wanted|concern|welfare check|ppn|mash|social services|court|sentenced|convicted|injur\w*|overdose|deceased|sudden death|called in|calling|caller|neighbour|asb|threat\w*|stalk\w*)\b/;
const NOT_A_PERSON_AFTER = /^'?s?\s+(?:costume|outfit|fancy dress|impression|character|movie|film|show|song|box set|episode|book|mask)\b/;

const STOP = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Master',
  'The', 'A', 'An', 'He', 'She', 'They', 'It', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'We', 'I', 'You',
  'Police', 'Officer', 'Officers', 'PC', 'DC', 'Sgt', 'Street', 'Road', 'Unknown', 'Male', 'Female', 'White', 'Black',
  'Asian', 'Mixed', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Not', 'No', 'Yes',
  'Has', 'Had', 'Was', 'Is', 'Now', 'Then', 'Also', 'Still', 'Aged', 'Age', 'Approx', 'Tall', 'Short', 'Slim', 'Wearing',
  'Please', 'All', 'Any', 'Some', 'One', 'Two', 'Three', 'Team', 'Teams', 'Staffordshire', 'Stoke', 'Stafford',
  'Tamworth', 'Cannock', 'Lichfield', 'Burton', 'Leek', 'Uttoxeter', 'Rugeley', 'Newcastle', 'Hanley', 'Longton', 'Op',
  'Operation', 'CID', 'MASH', 'NHS', 'OK', 'Ok', 'Thanks', 'Update', 'Via', 'If', 'When', 'Where', 'Who', 'What', 'In',
  'On', 'At', 'To', 'From', 'For', 'Of', 'And', 'Or', 'But', 'So', 'As', 'Described', 'Believed', 'Thought', 'Known',
  'Court', 'Crown', 'Magistrates', 'Custody', 'Station', 'Hospital', 'Royal', 'County', 'Council', 'Centre', 'Center',
  'Support', 'Care', 'Unit', 'Units', 'Person', 'Persons', 'People', 'Service', 'Services', 'Package', 'Packages', 'Liaison',
  'Statement', 'Statements', 'Coordinator', 'Rights', 'Procedure', 'Procedures', 'Policy', 'Code', 'Contact', 'Bureau', 'Hub',
  'Line', 'Scheme', 'Awareness', 'Protection', 'Management', 'Strategy', 'Panel', 'Board', 'Champion', 'Champions', 'Lead',
  'Group', 'Week', 'Month', 'Day', 'Report', 'Reports', 'Form', 'Forms', 'Plan', 'Plans', 'Guidance', 'Training', 'Pack',
  'Packs', 'Team', 'Desk', 'Office', 'Portal', 'App', 'System', 'Database', 'Record', 'Records', 'Details', 'Update', 'Updates',
  'Eng', 'English', 'British', 'Polish', 'Romanian', 'Irish', 'Scottish', 'Welsh', 'Caucasian', 'IC1', 'Adult', 'Child',
]);

export function detectPersonNames(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  // Role words: the name follows the role in the original-case text.
  eachMatchNear(ROLE, lower, ctx.cueStarts(Cue.Role), 0, 48, (m) => {
    let start = m.index + m[0].length;
    // "suspect is a Jamie Simmons": skip the article.
    const article = /^(?:an?|the) (?=[A-Z])/.exec(text.slice(start, start + 4));
    if (article) start += article[0].length;
    const name = trimName(NAME.exec(text.slice(start, start + 80))?.[0]);
    if (!name) return;
    const tokens = name.split(' ').filter((t) => !/^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/.test(t));
    if (tokens.length === 0) return;
    const titled = name !== tokens.join(' ');
    let confidence = tokens.length >= 2 || titled ? 0.85 : 0.55;
    if (/^(?:male|female|man|woman|boy|girl|child|son|daughter|ex|owner|driver|passenger|resident|occupant|youth|subject|sus|name\b)/.test(m[0])) confidence -= 0.15;
    out.push({ type: 'person_name', start, end: start + name.length, confidence, rule: 'person_name.role' });
  });
  eachMatchNear(TITLE, text, ctx.cueStarts(Cue.Title), 0, 8, (m) => {
    const start = m.index;
    const name = trimName(NAME.exec(text.slice(start, start + 80))?.[0]);
    if (!name || !/\s/.test(name)) return;
    const before = lower.slice(Math.max(0, start - 40), start);
    const around = lower.slice(Math.max(0, start - 80), Math.min(text.length, start + name.length + 80));
    let confidence = 0.6;
    if (OPERATIONAL.test(around)) confidence += 0.2;
    if (STAFF.test(before)) confidence -= 0.35;
    // "Mr Blobby costume", "Mrs Brown's Boys box set": characters, not people.
    if (NOT_A_PERSON_AFTER.test(lower.slice(start + name.length, start + name.length + 24))) confidence -= 0.3;
    out.push({ type: 'person_name', start, end: start + name.length, confidence, rule: 'person_name.title' });
  });
}

/** Drops trailing stop words ("Jane Whitfield Has ...") and rejects names made only of them. */
function trimName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const parts = raw.split(' ');
  while (parts.length > 0 && STOP.has(parts[parts.length - 1].replace(/[.’']$/, ''))) parts.pop();
  const core = parts.filter((p) => !/^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/.test(p));
  if (core.length === 0 || STOP.has(core[0])) return undefined;
  return parts.join(' ');
}
