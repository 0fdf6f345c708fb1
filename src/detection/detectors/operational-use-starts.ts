import { StartGated } from '../start-gated';
import { ACTION_ASK, INFO_ASK, NAMED_INCIDENT, RESOURCE, SCENE, STRONG_REQUEST, UNFOLDING } from './operational-use-vocabulary';

/**
 * Fifteenth session (speed): operational_use's seven costliest regexes read only where a match can start
 * (start-gated.ts). A family per regex holds the first word of each of its alternatives (stems of three letters or more
 * read as prefixes, shorter ones as whole words; cues.ts); test/detection/speed-fifteenth-starts.test.ts samples every
 * alternative and reads every dev corpus both ways.
 */
export const OPERATIONAL_USE_START_CUES = {
  // STRONG_REQUEST
  opStrongAt: [
    'all', 'any', 'more', 'other', 'nearest', 'available', 'spare', 'unit', 'arv', 'dog', 'patrol', 'crew', 'need', 'requir',
    'request', 'officer', 'assistance', 'backup', 'back', 'duty', 'inspector', 'sergeant', 'sgt', 'supervisor', 'ds', 'dc',
    'interpreter', 'polsa', 'negotiator', 'advis', 'anyone', 'anybody', 'someone', 'somebody', 'whoever', 'take', 'taking',
    'have', 'has', 'got', 'lost', 'losing', 'hold', 'keep', 'look', 'be', 'eyes', 'if', 'who', 'is', 'are', 'can', 'unable',
    'struggling', 'trying', 'not', 'page', 'ring', 'call', 'wake', 'get', 'raise', 'reach', 'en', 'stand', 'rv', 'rendezvous',
    'do', 'don', 'please', 'avoid', 'stay', 'check',
    // Fifteenth session (after opuse15's vocabulary): the first words of its new alternatives.
    'resources', 'cars', 'vans', 'could', 'would', 'appreciate', 'van', 'car', 'drone', 'npas', 'helicopter', 'the', 'taser', 'bodies', 'hands', 'csi', 'cso', 'scene', 'detention', 'dos', 'jailer', 'gaoler', 'trained', 'transport', 'pcso', 'specials', 'escort', 'marked', 'unmarked', 'response', 'traffic', 'prisoner', 'ne', 'some', 'where', 'serials', 'remain', 'relieve', 'cordon', 'constant', 'bedwatch', 'hospital', 'stop', 'suspend',
  ],
  // ACTION_ASK (and a digit: "2nd car take the junction")
  opActionAt: [
    'need', 'we', 'i', 'urgently', 'really', 'still', 'waiting', 'wait', 'can', 'could', 'is', 'any', 'someone', 'somebody',
    'team', 'will', 'would', 'who', 'mak', 'unable', 'struggling', 'trying', 'not', 'no', 'isn', 'has', 'have', 'shout',
    'please', 'pls', 'plz', 'everyone', 'everybody', 'circulat', 'take', 'relief', 'second', 'third', 'fourth', 'next',
    'another', 'other', 'spare', 'request', 'wanted', 'on', 'where',
    // Fifteenth session (after opuse15's vocabulary): the first words of its new alternatives.
    'were', 'youre', 'you', 'does', 'do', 'are', 'if', 'unit', 'patrol', 'crew', 'officers', 'serials', 'pcsos', 'specials',
  ],
  // INFO_ASK
  opInfoAt: ['who', 'does', 'do', 'has', 'have', 'is', 'can', 'could', 'would'],
  // UNFOLDING (and a digit: "20 mins ago")
  opUnfoldingAt: [
    'deploying', 'on', 'en', 'decamped', 'at', 'last', 'walking', 'heading', 'running', 'made', 'ongoing', 'in', 'kicking', 'just',
    'ten', 'twenty', 'thirty', 'still',
  ],
  // SCENE (and a digit, and an apostrophe: "'s here", "'ve just")
  opSceneAt: [
    'off', 'away', 'fled', 'decamped', 'ran', 'running', 'legged', 'deploy', 'on', 'en', 'spill', 'for', 'escalating', 'wandered',
    'at', 'last', 'walking', 'heading', 'made', 'an', 'one', 'two', 'three', 'few', 'in', 'ten', 'twenty', 'thirty', 'just',
    'ongoing', 'kicking', 'developing', 'unfolding', 'contained', 'still', 'is', 'are', 'has', 'have', 'not', 'nobody', 'no',
    'isn', 'aren', 'male', 'female', 'man', 'woman', 'lad', 'boy', 'girl', 'crowd', 'fans', 'group', 'youth', 'suspect',
    'offender', 'driver', 'he', 'she', 'they',
    // Fifteenth session (after opuse15's vocabulary): the first words of its new alternatives.
    'being', 'getting', 'legging', 'done', 'doing', 'did', 'gone', 'been', 'stood', 'standing', 'sat', 'sitting', 'waiting',
  ],
  // NAMED_INCIDENT (and a digit: "999 calls", and an apostrophe: "'ve lost him")
  opNamedAt: [
    'machete', 'prisoner', 'detainee', 'bedwatch', 'constant', 'self', 'trapped', 'mfh', 'cat', 'acting', 'at', 'child', 'firearm',
    'armed', 'gun', 'knife', 'knives', 'weapon', 'shot', 'stabb', 'shooting', 'bleeding', 'unconscious', 'overdose', 'misper',
    'missing', 'gbh', 'abh', 'disorder', 'stolen', 'dangerous', 'dog', 'loose', 'stray', 'escaped', 'bitten', 'mauled', 'shoplift',
    'drug', 'explosion', 'emergency', 'driv', 'road', 'run', 'ambulance', 'high', 'vulnerable', 'pursuit', 'rtc', 'collision',
    'crash', 'fatal', 'sudden', 'suspicious', 'unexplained', 'scream', 'wrong', 'concern', 'cfw', 'domestic', 'disturbance', 'fight',
    'squar', 'with', 'carrying', 'has', 'had', 'got', 'pulled', 'brandishing', 'waving', 'target', 'subject', 'have', 'we', 'just',
    'assault', 'robbery', 'burglary', 'break', 'kidnap', 'abduct', 'hostage', 'alarm', 'fire', 'flood', 'siege', 'suspicious',
    'bomb', 'cordon', 'lockdown', 'collapsed', 'threat', 'kicking', 'fail', 'expos', 'indecent', 'officer', 'on', 'section', 'rape',
    'silent', 'grade', 'critical', 'major',
    // Fifteenth session (after opuse15's vocabulary): the first words of its new alternatives.
    'two', 'three', 'four', 'five', 'six', 'in', 'foot', 'its', 'it', 'is', 'are', 'turning', 'getting', 'outnumbered', 'violent', 'rvp', 'rendezvous', 'forward', 'lone', 'single', 'horse', 'cows', 'sheep', 'livestock', 'pigs', 'deer', 'door', 'window', 'glass', 'smashed', 'burgled', 'welfare', 'crowd', 'car', 'vehicle', 'person', 'someone', 'male', 'female', 'kid', 'lorry', 'van', 'trespass', 'sit', 'stand', 'stay', 'lost', 'girl', 'boy', 'toddler', 'paramedic', 'ambo', 'coastguard', 'hospital', 'security', 'arv', 'afo', 'nothing', 'no', 'nobody', 'noone', 'an',
  ],
  // RESOURCE
  opResourceAt: [
    'unit', 'patrol', 'officer', 'crew', 'resources', 'backup', 'back', 'ds', 'dc', 'sgt', 'sergeant', 'inspector', 'supervisor',
    'dog', 'arv', 'firearms', 'negotiator', 'polsa', 'pcso', 'specials', 'loggist', 'psu', 'callsign', 'scene', 'from', 'response',
    'anyone', 'anybody', 'someone', 'somebody',
    // Fifteenth session (after opuse15's vocabulary): the first words of its new alternatives.
    'scs', 'drone', 'npas', 'helicopter', 'van', 'taser', 'escort', 'marked', 'unmarked', 'traffic', 'prisoner', 'got', 'have', 'has', 'pava', 'cs', 'spit', 'leg', 'limb', 'baton', 'defib', 'detention', 'csi',
  ],
};

/** The regexes read this way (operational-use-passage.ts), each with its family and other starts. */
export const STRONG_AT = new StartGated(STRONG_REQUEST, 'opStrongAt');
export const ACTION_AT = new StartGated(ACTION_ASK, 'opActionAt', true);
export const INFO_AT = new StartGated(INFO_ASK, 'opInfoAt');
export const UNFOLDING_AT = new StartGated(UNFOLDING, 'opUnfoldingAt', true);
export const SCENE_AT = new StartGated(SCENE, 'opSceneAt', true, true);
export const NAMED_AT = new StartGated(NAMED_INCIDENT, 'opNamedAt', true, true);
export const RESOURCE_AT = new StartGated(RESOURCE, 'opResourceAt');
export const OPERATIONAL_USE_STARTS: readonly StartGated[] = [STRONG_AT, ACTION_AT, INFO_AT, UNFOLDING_AT, SCENE_AT, NAMED_AT, RESOURCE_AT];

