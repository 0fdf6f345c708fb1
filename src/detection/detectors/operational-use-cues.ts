/**
 * Fifteenth session: the words of the incidents NAMED_INCIDENT and GENERAL_INCIDENT gained, in both families as their
 * regexes share them: people detained or fighting by number, someone in the water, a foot chase, a scene turning violent,
 * the command points of a live scene (RVP, forward control point), partner services asking for police ("fire$" and
 * "missing" in both families stand for the fire service and the missing walker), animals loose or on the road, an armed
 * deployment, nothing left to send, a lone officer, constant obs, a lost child, an alarm, a break-in, a welfare check,
 * crowd trouble, the railway, sitting on a scene.
 */
const SHARED_INCIDENT_CUES = [
  'detained', 'arrested', 'cuffs', 'fighting', 'water', 'river', 'canal', 'sea$', 'chase', 'going', 'turning', 'getting',
  'outnumbered', 'violent', 'rvp$', 'rendezvous', 'forward$',
  'firefighter', 'paramedic', 'ambo', 'coastguard', 'hospital', 'security', 'sheep', 'cows', 'cattle', 'horse', 'livestock', 'deer',
  'arv', 'afo', 'send$', 'immediate', 'lone$', 'single', 'obs$', 'pigs$', 'lost$', 'smashed', 'burgled', 'welfare', 'crowd',
  'tracks', 'railway', 'trespass', 'sit$', 'stand$', 'stay$',
];

/**
 * The operational use detector's cue words by family (operational-use.ts declares them to the pre-pass and gates its
 * regexes on them): each family holds a word of every alternative of the regexes it stands for (stems read as
 * prefixes, "$" a whole word), which test/detection/prefilter-equivalence.test.ts checks alternative by alternative.
 * Split from operational-use.ts to keep that file within its size.
 */
export const OPERATIONAL_USE_CUES = {
  // STRONG_REQUEST, alternative by alternative (the rarer side of each, where a side is one word)
  opStrong: [
    'unit', 'patrol', 'officer', 'crew', 'resource', // all units, units to, nearest unit, more officers
    'ds', 'dc', 'dcs', 'sgt', 'sergeant', 'inspector', 'supervisor', 'dog', 'arv', 'firearm', 'traffic', 'backup', 'back',
    'assistance', 'urgent', 'immediate', 'interpreter', 'duty', // need a ..., ... needed
    'near', 'close', 'area', // anyone near
    'eye', 'look', 'channel', 'radio', 'talkgroup', 'airwave', // keep an eye out, look out for, keep the channel clear
    'stop$', 'detain$', 'contact', 'call', 'ring$', 'inform$', // if seen, please stop
    'oncall', 'covering', 'tonight', 'today', 'weekend', // who is on call / covering
    'raise', 'reach', 'get$', // can't raise the duty inspector
    'route', 'stand', 'rv$', 'rendezvous', 'self', 'avoid', 'stay', 'beat', 'patch', // en route, stand by, self-deploy, avoid the area
    'superintendent', 'supt', 'negotiator', 'advis', 'gold', 'silver', 'bronze', 'polsa', 'engineer', // need the on-call Gold
    'pcsos$', 'specials$', 'loggists$', // all available PolSA and loggists
    'psu$', 'psus$', 'callsign', 'callsigns$', 'eyeball', // twelfth session: need 2 more PSUs, any callsign free, take the eyeball
    'whoever', // fourteenth session: whoever's closest
    // Fifteenth session: any1 near; serials hold at; stay out of the cordon; the resources of SENT_RESOURCE.
    'any1', 'ne1', 'some1', 'serial', 'cordon', 'van$', 'vans$', 'car$', 'cars$', 'drone', 'npas', 'helicopter', 'taser',
    'bodies$', 'hands$', 'csi', 'cso$', 'guard', 'watch$', 'detention', 'dos$', 'jailer', 'gaoler', 'trained', 'transport', 'eyes$', 'pcso$', 'vehicle', 'reliev',
    'come$', 'coming', 'stay', 'fanc', 'want', 'book$', 'hang$', // SHIFT_ASK
    'sio$', 'oic$', 'vicinity', 'locality', 'local$', // fourth round
    'swap', 'skipper', 'where$', 'phone', // third round (whoever: above)
    'constant', 'bedwatch', 'scene', 'perimeter', 'containment', 'junction', 'search', // DIRECTING, second round (take over the ..., hold the ..., stop the search)
    'commander', // who is the incident commander
  ],
  // ACTION_ASK, INFO_ASK and UNFOLDING
  opWeak: [
    'need', 'requir', 'wanted', 'can', 'could', 'will', 'would', 'free', 'available', 'nights', 'lates', 'earlies', 'make',
    'making', 'who', 'raise', 'reach', 'contact', 'get$', 'answer', 'picking', 'responding', 'shout', 'please', 'somebody',
    'someone', 'anyone', 'anybody', 'everyone', 'everybody', 'circulat', 'take$', 'reliev', 'relief', 'request', 'where',
    'deploying', 'standby', 'route', 'decamped', 'loose', 'large', 'seen$', 'walking', 'heading', 'running', 'made$',
    'ongoing', 'progress', 'scene', 'kicking', 'just', 'ago$', 'still',
    'any$', 'respond', 'repli', 'call', 'rung$', 'pls$', 'plz$', 'supervisor', 'inspector', 'sergeant', 'skipper', 'cover', 'unit',
    'there$', 'waiting', 'wait$', 'units$', 'patrols$', 'crews$', 'officers$', // thirteenth session: is there a DS available, waiting for a unit, can ground units
    'if$', // fifteenth session: if you're free head to ...
    'capacity', 'time$', 'availability', 'could', 'spare', // third round
  ],
  // NAMED_INCIDENT, GENERAL_INCIDENT and DUTY_ROLE
  opIncident: [
    'machete', 'prisoner', 'detainee', 'bedwatch', 'constant', 'self', 'trapped', 'mfh', 'cat$', 'acting', 'risk', 'child',
    'firearm', 'armed', 'knife', 'knives', 'weapon', 'shot', 'stabb', 'shooting', 'misper', 'missing', 'high', 'vulnerable',
    'pursuit', 'rtc', 'collision', 'crash', 'fatal', 'sudden', 'concern', 'cfw', 'domestic', 'disturbance', 'fight', 'assault',
    'robbery', 'burglary', 'break', 'alarm', 'fire', 'flood', 'siege', 'hostage', 'suspicious', 'bomb', 'cordon', 'lockdown',
    'collapsed', 'threatening', 'bridge', 'section', 'rape', 'custody', 'ops$', 'body', 'scene', 'search', 'suspect', 'breach',
    'incident', 'job$', 'call', 'oncall', 'duty', 'control', 'force', 'fcc',
    'assistance', 'help', 'backup', 'wrong', 'grade', 'stolen', 'fail', 'expos', 'indecent', 'gun', 'bleeding', 'unconscious',
    'overdose', 'gbh', 'abh', 'disorder', 'ambulance', 'unexplained', 'scream', 'kidnap', 'abduct', 'threat', 'silent', 'cad$', 'drunk', 'kicking',
    // Twelfth session: squaring up, a blade, a surveillance target or subject on the move or lost.
    'squaring', 'squared', 'blade$', 'target$', 'subject$', 'lost$',
    // Thirteenth session: animals loose or attacking, shoplifting, drug dealing, an explosion, an officer's emergency
    // button, dangerous driving.
    // The rarer word of each alternative ("button$", not "emergency"; "run$" and "rage$", not "road").
    'dangerous', 'attack', 'loose', 'stray', 'escaped', 'bitten', 'mauled', 'shoplift', 'drug$', 'explosion', 'button$', 'run$', 'rage$',
    ...SHARED_INCIDENT_CUES,
  ],
  // SCENE: a scene reported as it happens
  opScene: [
    'ongoing', 'progress', 'kicking', 'developing', 'unfolding', 'contained', 'scene', 'address', 'line$', 'still', 'outside', 'inside',
    'here$', 'there$', 'building', 'just', 'not$', 'last$', 'past$', 'ago$', 'hour', 'deploy', 'standby', 'way$', 'route', 'spilling', 'spilled',
    'ages$', 'escalat', 'decamped', 'wandered', 'loose', 'large', 'seen$', 'walking', 'heading', 'running', 'made$', 'nobody', 'no$', 'isn', 'aren', 'male', 'female', 'man$', 'woman', 'lad$', 'boy$',
    'girl', 'crowd', 'fans', 'group', 'youth', 'suspect', 'offender', 'driver', 'he$', 'she$', 'they$',
    'foot$', // fourteenth session: off on foot
    'stood', 'standing', 'sat$', 'sitting', 'waiting', 'been$', 'being$', 'getting', 'ran$', 'run$', 'left$', 'legged', 'legging', 'runner', 'driven', 'drove$', 'gone$', 'heading', 'ground$', // fifteenth session: stood there 6 hours, been on 8 hrs
  ],
  // RESOURCE: what a live request asks for
  opResource: [
    'unit', 'patrol', 'officer', 'crew', 'resource', 'backup', 'back$', 'ds$', 'dc$', 'sgt', 'sergeant', 'inspector', 'supervisor',
    'dog', 'arv', 'firearm', 'negotiator', 'polsa', 'guard', 'response', 'near', 'nearby', 'close', 'area', 'pcso', 'specials$', 'loggist',
    'psu$', 'psus$', 'callsign', 'callsigns$', // twelfth session
    'drone', 'npas', 'helicopter', 'van$', 'vans$', 'taser', 'watch$', 'detention', 'csi', 'pava', 'spray', 'spit', 'restraint', 'baton', 'defib', 'vehicle', 'eyes$', 'scs$', // fifteenth session
  ],
  // The three narrower families below gate one regex each (operational-use-passage.ts, Cues): each holds a word of
  // every alternative of its regex, as the broad families do. GENERAL_INCIDENT (and "999", see mayNameGeneralIncident):
  opGeneral: ['custody', 'ops$', 'firearm', 'shot', 'body', 'scene', 'search', 'suspect', 'breach', 'incident', 'job$', 'cad$', 'missing', 'drunk'],
  // NAMED_INCIDENT alone (thirteenth session, speed): the words of opIncident that NAMED_INCIDENT needs, without those only
  // GENERAL_INCIDENT and DUTY_ROLE need ("call", "custody", "job", "incident"); where an alternative has several words, the
  // rarer ("officer" for "officers requesting assistance", "risk" for "high risk", "critical"/"major" for "... incident").
  opNamed: [
    'machete', 'prisoner', 'detainee', 'bedwatch', 'constant', 'self', 'trapped', 'mfh', 'cat$', 'acting', 'risk', 'child',
    'firearm', 'armed', 'gun', 'knife', 'knives', 'weapon', 'shot', 'stabb', 'shooting', 'bleeding', 'unconscious', 'overdose',
    'misper', 'missing', 'gbh', 'abh', 'disorder', 'stolen', 'dangerous', 'attack', 'loose', 'stray', 'escaped', 'bitten',
    'mauled', 'shoplift', 'drug$', 'explosion', 'button$', 'rage$', 'run$', 'ambulance', 'vulnerable', 'pursuit', 'rtc',
    'collision', 'crash', 'fatal', 'sudden', 'suspicious', 'unexplained', 'scream', 'wrong', 'concern', 'cfw', 'domestic',
    'disturbance', 'fight', 'squaring', 'squared', 'blade$', 'target$', 'subject$', 'lost$', 'assault', 'robbery', 'burglary',
    'break', 'kidnap', 'abduct', 'hostage', 'alarm', 'fire$', 'flood', 'siege', 'bomb', 'cordon', 'lockdown', 'collapsed',
    'threat', 'kicking', 'fail', 'expos', 'indecent', 'officer', 'bridge', 'section', 'rape', 'grade', 'critical', 'major',
    ...SHARED_INCIDENT_CUES,
  ],
  // DUTY_ROLE: on call, duty roles, the control room, force control; ON_CALL_COVER (every cover ask says "on call").
  opDuty: ['call', 'oncall', 'duty', 'control', 'fcc'],
  // UNFOLDING: a job as it unfolds.
  opUnfolding: [
    'deploying', 'standby', 'route', 'decamped', 'loose', 'large', 'seen$', 'walking', 'heading', 'running', 'made$', 'ongoing',
    'progress', 'scene', 'kicking', 'just', 'ago$', 'still',
  ],
  // Fifteenth session: SHIFT_ASK (come in, stay on, fancy the overtime) and DIRECTING (stand down, units hold at, stay out
  // of the cordon), each gating its own regex.
  opShift: ['come$', 'coming', 'stay', 'fanc', 'want', 'book$', 'hang$'],
  opDirect: ['stand', 'hold', 'remain', 'wait', 'stay', 'cordon', 'reliev', 'swap', 'take$', 'stop$', 'call$', 'suspend'],
  // ON_CALL: the duty structure named (read for the target and the score, so only its cue gates it, not the prefilter)
  opOnCall: ['skipper', 'duty', 'call', 'oncall', 'control', 'comms', 'fcc', 'tac', 'sio', 'negotiator', 'hours$'],
};
