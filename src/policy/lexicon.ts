/**
 * Domain lexicon: how staff say things -> the words the policy uses.
 *
 * Each entry maps colloquial phrases to policy vocabulary (`means`, alternatives separated by
 * '|'; the words of one alternative are expected together). Matching is on whole
 * words, longest phrase first, so "live job" is a critical incident before "job" is a vacancy.
 * `onlyWith` restricts an entry to questions that also mention one of those words, for
 * phrases that are ambiguous on their own ("holiday" is personal information in a status,
 * but an HR question on its own).
 *
 * `offTopic` lists subjects staff ask the bot about that this kind of policy does not cover
 * (HR, pay, facilities, kit). They are evidence for `not_covered`, weighed against how well
 * the rest of the question matches a clause; they never block an answer on their own.
 */
export interface LexiconEntry {
  phrases: string[];
  means: string;
  onlyWith?: string[];
}

const POSTING = ['status', 'post', 'posting', 'yammer', 'profile', 'update', 'put', 'share', 'publish', 'network', 'page', 'write'];

export const LEXICON: LexiconEntry[] = [
  // The network itself
  { phrases: ['yammer', 'yamer', 'yammr', 'viva engage', 'viva', 'engage', 'teams channel', 'teams chat', 'the network', 'staff network', 'internal network', 'microblog', 'microblogging'], means: 'yammer' },
  { phrases: ['facebook', 'fb', 'insta', 'instagram', 'tiktok', 'snapchat', 'nextdoor', 'x', 'tweet', 'tweets', 'twitter', 'social media', 'socials'], means: 'social networking|social media|twitter' },
  { phrases: ['youtube', 'video sharing'], means: 'video sharing sites' },
  { phrases: ['blog', 'blogs', 'blogging'], means: 'blog' },
  { phrases: ['account', 'accounts', 'page', 'pages', 'site', 'sites', 'handle'], means: 'pages|sites|accounts' },
  // Teams and departments
  { phrases: ['npt', 'snt', 'neighbourhood team', 'neighborhood', 'beat team', 'local team', 'ward'], means: 'neighbourhood' },
  { phrases: ['lpt', 'local policing team', 'lpu'], means: 'local policing team' },
  { phrases: ['corporate comms', 'press office', 'media office', 'media team', 'force comms'], means: 'corporate communications department|corporate communications' },
  { phrases: ['web team', 'web comms', 'digital team', 'web communications'], means: 'web communications team' },
  { phrases: ['psd', 'professional standards', 'complaints and discipline', 'anti corruption'], means: 'professional standards' },
  { phrases: ['comms managers', 'comms manager', 'communications manager'], means: 'communication managers' },
  { phrases: ['force wide', 'forcewide', 'main force', 'force page', 'force account'], means: 'force wide|corporate' },
  { phrases: ['department', 'departmental', 'unit', 'squad', 'cid'], means: 'department' },
  // People and roles
  { phrases: ['pcso', 'pcsos', 'response officers', 'response', 'detectives', 'dcs', 'sergeants', 'sgts', 'inspectors', 'call handlers', 'detention officers', 'custody', 'analysts', 'same role', 'same job', 'colleagues in the same', 'similar roles'], means: 'similar work roles', onlyWith: ['group', 'groups', 'space', 'chat', 'together', 'yammer', 'network', 'swap', 'share'] },
  { phrases: ['pcso', 'pcsos', 'civilian staff', 'support staff', 'police staff'], means: 'police staff' },
  { phrases: ['colleagues', 'colleague', 'coworkers', 'workmates', 'team mates', 'the team', 'the whole force', 'whole force', 'other officers'], means: 'staff|employees' },
  { phrases: ['specials', 'special', 'special constable', 'specials constables'], means: 'special constables' },
  { phrases: ['volunteer', 'volunteers', 'cadets'], means: 'volunteers' },
  { phrases: ['council', 'county council', 'local authority', 'district council', 'partners', 'partner agencies', 'partner agency', 'nhs', 'fire service', 'outside organisations', 'neighbourhood watch', 'external', 'outsiders', 'people outside'], means: 'external groups|local authority|public' },
  { phrases: ['residents', 'members of the public', 'the public', 'public', 'civilians', 'community members', 'locals'], means: 'public|community members|external groups' },
  { phrases: ['leave the force', 'leaving the force', 'left the force', 'when i leave', 'retire', 'retiring', 'retired', 'resign', 'resigned', 'ex employee', 'ex staff', 'ex colleague'], means: 'former employees' },
  // Email
  { phrases: ['gmail', 'hotmail', 'yahoo', 'outlook com', 'icloud', 'btinternet', 'aol', 'live com', 'personal email', 'home email', 'own email', 'private email', 'my email'], means: 'personal email addresses' },
  { phrases: ['email address', 'email addresses', 'email account', 'work email', 'force email'], means: 'email address' },
  { phrases: ['inbox', 'mailbox', 'emails', 'email', 'e mail', 'messages from the public'], means: 'email' },
  { phrases: ['message', 'messages', 'messaging', 'dm', 'chat to', 'talk to'], means: 'messages|communication' },
  { phrases: ['reply', 'respond', 'answer', 'get back to'], means: 'respond', onlyWith: ['email', 'emails', 'public', 'message', 'messages', 'inbox'] },
  { phrases: ['quick', 'quickly', 'fast', 'how long', 'deadline', 'timescale', 'asap', 'promptly'], means: '24 hours|timely' },
  // Profile and status
  { phrases: ['avatar', 'profile pic', 'profile picture', 'profile photo', 'display picture', 'dp', 'pfp', 'headshot', 'selfie'], means: 'profile photograph' },
  { phrases: ['photo', 'photos', 'picture', 'pictures', 'image', 'images', 'piccy', 'snap'], means: 'photograph|photos' },
  { phrases: ['bio', 'about me', 'profile'], means: 'profile' },
  // What a profile picture shows: the policy answers it ("only photographs of the specific employee").
  { phrases: ['dog', 'dogs', 'cat', 'pet', 'pets', 'kids', 'children', 'family', 'wife', 'husband', 'partner', 'baby', 'cartoon', 'logo', 'crest', 'badge', 'meme', 'celebrity', 'footballer', 'car', 'scenery', 'sunset', 'emoji', 'me', 'myself'], means: 'photographs of the specific employee', onlyWith: ['photo', 'photograph', 'picture', 'pic', 'avatar', 'dp', 'pfp', 'image', 'selfie', 'profile'] },
  { phrases: ['where i am based', 'where i work', 'my station', 'station', 'my base', 'my nick', 'location', 'collar number'], means: 'location|job title', onlyWith: ['profile', 'bio', 'yammer', 'status', 'add', 'put'] },
  { phrases: ['rank', 'role', 'job title', 'title'], means: 'job title', onlyWith: ['profile', 'bio', 'add', 'put', 'yammer'] },
  { phrases: ['status', 'what are you working on', 'waywo', 'status update', 'what i am working on', 'what i am up to'], means: 'status|working on' },
  { phrases: ['holiday', 'holidays', 'ibiza', 'abroad', 'off to', 'home address', 'address', 'mobile number', 'mobile no', 'phone number', 'personal stuff', 'private life', 'birthday', 'date of birth', 'kids', 'medical', 'hospital', 'relationship', 'night out', 'weekend plans', 'personal details', 'personal'], means: 'personal information', onlyWith: POSTING },
  { phrases: ['examples', 'example', 'ideas', 'what to write', 'what to put', 'suggestions'], means: 'suggested updates|example' },
  // Groups
  // A group "for" some set of staff is the policy's "groups to bring people with similar work roles together".
  { phrases: ['group for', 'groups for', 'group for all', 'space for', 'yammer group', 'make a group', 'start a group', 'create a group', 'set up a group', 'new group'], means: 'new groups|similar work roles' },
  { phrases: ['group', 'groups', 'space', 'chat', 'channel'], means: 'groups' },
  { phrases: ['make a community', 'start a community', 'create a community', 'set up a community', 'new community', 'open a community'], means: 'set up new communities' },
  { phrases: ['community', 'communities'], means: 'communities' },
  { phrases: ['follow', 'subscribe', 'keep up with', 'see what', 'keep tabs'], means: 'follow' },
  // Files and links
  { phrases: ['spreadsheet', 'spreadsheets', 'excel', 'xlsx', 'pdf', 'pdfs', 'word doc', 'word document', 'doc', 'docs', 'document', 'documents', 'attachment', 'attachments', 'rota', 'rotas', 'shift rota', 'duty rota', 'powerpoint', 'ppt', 'slides', 'presentation', 'file', 'files', 'briefing pack'], means: 'files|uploading' },
  { phrases: ['attach', 'attaching', 'attached', 'upload', 'uploading', 'put up', 'stick up', 'send round', 'share'], means: 'upload|shared' },
  { phrases: ['post a link', 'share a link', 'put a link', 'post links', 'share links', 'add a link', 'stick a link'], means: 'upload useful links' },
  { phrases: ['link', 'links', 'url', 'hyperlink', 'web address', 'article'], means: 'links' },
  { phrases: ['shared drive', 'shared folder', 'sharepoint', 'onedrive', 'network drive', 'g drive', 'email it'], means: 'shared folders|email' },
  // Operational use
  { phrases: ['firearms incident', 'firearms job', 'firearms op', 'live firearms', 'armed incident', 'live job', 'live incident', 'major incident', 'critical incident', 'critical incidents', 'spontaneous incident', 'pursuit', 'missing person search', 'misper', 'on call', 'oncall', 'on-call', 'call out', 'callout', 'urgent job', 'gold group', 'firearms operation', 'emergency', '999', 'coordinate', 'co ordinate', 'operational'], means: 'critical incidents|on call' },
  { phrases: ['intranet', 'myspi', 'my spi', 'spi'], means: 'intranet|myspi' },
  { phrases: ['aup', 'acceptable use', 'it policy', 'computer policy'], means: 'acceptable use policy' },
  // Access and cost
  { phrases: ['home pc', 'home computer', 'own laptop', 'personal laptop', 'my laptop', 'my phone', 'personal phone', 'own phone', 'ipad', 'tablet', 'from home', 'at home', 'off duty device'], means: 'home pc|device|access' },
  { phrases: ['sign up', 'get on', 'get access', 'join', 'log in', 'login', 'register', 'get onto'], means: 'join|access|accounts' },
  { phrases: ['rfc', 'request for change', 'it request', 'ticket', 'service desk', 'helpdesk', 'permission from it'], means: 'request for change|rfc' },
  { phrases: ['cost', 'costs', 'free', 'pay for', 'pay to use', 'have to pay', 'paid for', 'price', 'licence', 'license', 'charge'], means: 'cost' },
  { phrases: ['browser', 'chrome', 'edge', 'web browser'], means: 'web browser' },
  { phrases: ['website', 'web site', 'web page', 'webpage', 'force website'], means: 'website|website page' },
  // Monitoring, moderation, security
  { phrases: ['approve', 'approved', 'approves', 'checked', 'vetted', 'moderated', 'moderate', 'censored', 'reviewed', 'signed off'], means: 'moderated|monitor' },
  { phrases: ['watching', 'watch', 'see everything', 'spy', 'snoop', 'read everything', 'monitored', 'monitoring', 'check', 'checking'], means: 'monitor' },
  { phrases: ['dip sample', 'dip sampling', 'dip sampled', 'spot check', 'spot checks', 'audit'], means: 'dip sampling|monitoring' },
  { phrases: ['suspend', 'suspended', 'banned', 'blocked', 'locked out', 'kicked off', 'barred'], means: 'suspended' },
  { phrases: ['unsuspend', 'un suspend', 'get it back', 'get back in', 'reinstated', 'unblock', 'unlock'], means: 'un suspend|verify' },
  { phrases: ['secure', 'safe', 'confidential', 'confidentiality', 'leak', 'leaked', 'hacked', 'secret'], means: 'confidentiality|security' },
  { phrases: ['end up public', 'go public', 'become public', 'seen by anyone', 'screenshot', 'screenshots', 'get out', 'leak out'], means: 'public domain|seen' },
  { phrases: ['visible to everyone', 'visible to all', 'everyone can see', 'anyone can see', 'visible', 'open to all', 'everyone', 'everybody', 'all staff can see'], means: 'open|everybody' },
  { phrases: ['forward', 'forwarded', 'forwarding', 'fwd', 'send outside', 'share outside'], means: 'forwarded' },
  { phrases: ['host', 'hosts', 'hosted', 'runs the servers', 'server', 'servers', 'cloud', 'who provides'], means: 'hosted|third party' },
  { phrases: ['control', 'own the content', 'owns the content', 'ownership of posts'], means: 'control' },
  { phrases: ['private', 'staff only', 'just staff', 'internal only', 'just for staff', 'only staff'], means: 'private' },
  // Force pages' content
  { phrases: ['jobs', 'job ads', 'recruitment', 'recruiting', 'vacancies', 'hiring'], means: 'job vacancies|vacancies' },
  { phrases: ['leaflets', 'leaflet', 'posters', 'crime prevention advice', 'crime prevention', 'safety advice'], means: 'crime prevention material|crime prevention' },
  { phrases: ['feedback', 'reviews', 'what they think', 'comments from the public'], means: 'feedback' },
  { phrases: ['court case', 'trial', 'crown court', 'magistrates', 'sentencing', 'sentence', 'court', 'case', 'cases', 'charged', 'suspect'], means: 'court proceedings|court' },
  { phrases: ['asbo', 'asbos', 'court results', 'results'], means: 'court results|justice' },
  { phrases: ['issues', 'problems', 'concerns', 'priorities'], means: 'issues|priorities' },
  { phrases: ['ask', 'question', 'questions', 'query', 'queries', 'pick brains'], means: 'ask|questions' },
  { phrases: ['guidance', 'advice', 'support', 'help with', 'help me', 'help us', 'who can help'], means: 'support|guidance' },
  // Policy governance
  { phrases: ['owns', 'owner', 'in charge of', 'responsible for the policy'], means: 'ownership' },
  { phrases: ['responsible', 'in charge', 'runs'], means: 'ownership|operated', onlyWith: ['policy'] },
  { phrases: ['make sure', 'ensure', 'check that'], means: 'ensure' },
  { phrases: ['responsibility', 'responsible', 'my job to', 'up to me', 'up to us'], means: 'responsibility' },
  { phrases: ['change', 'changing', 'changed', 'amend', 'amended', 'update the policy', 'review the policy'], means: 'change', onlyWith: ['policy'] },
  { phrases: ['aims', 'aim', 'goals', 'goal', 'objectives', 'objective'], means: 'aims' },
  { phrases: ['purpose', 'point'], means: 'purpose|aims' },
  { phrases: ['policy about', 'point of this policy', 'purpose of this policy', 'purpose of the policy', 'why do we have this policy'], means: 'policy designed|purpose' },
  { phrases: ['policy for', 'who is this for', 'who is it for', 'does it apply', 'apply to me'], means: 'policy applies' },
  { phrases: ['apply to', 'applies to', 'cover me', 'covers me', 'cover', 'covers', 'include', 'includes'], means: 'applies', onlyWith: ['policy', 'me', 'us', 'apply', 'applies', 'rules', 'who', 'does'] },
  { phrases: ['levels', 'tiers', 'structure', 'organised'], means: 'levels|structure' },
  { phrases: ['professional', 'professionally', 'appropriate', 'come across', 'represent', 'behave'], means: 'professionally|appropriately|represent' },
  { phrases: ['set up', 'create', 'start', 'make', 'open', 'launch'], means: 'set up|created' },
  { phrases: ['run', 'runs', 'manage', 'manages', 'look after', 'looks after', 'maintain', 'update', 'updates', 'in charge'], means: 'managed|maintained|updated' },
  { phrases: ['two way', '2 way', 'relationships', 'relationship', 'engage', 'engagement'], means: 'two way relationships|engagement' },
  { phrases: ['similar to', 'same as', 'compared to', 'compared with', 'basically like', 'just like', 'like twitter', 'like facebook', 'equivalent'], means: 'similar' },
  { phrases: ['send people to', 'point people to', 'direct people to', 'signpost'], means: 'direct viewers' },
  { phrases: ['tell the public', 'inform the public', 'let people know', 'update the public', 'get the message out', 'tell', 'inform'], means: 'provide messages|communicate' },
];

/** Subjects outside a social media policy; see the note at the top. */
export const OFF_TOPIC = [
  'overtime', 'toil', 'time off in lieu', 'annual leave', 'leave', 'holiday entitlement', 'canteen', 'menu', 'lunch', 'parking', 'park', 'car park',
  'pay', 'payday', 'salary', 'wages', 'pay rise', 'payslip', 'pension', 'expenses', 'mileage', 'travel allowance', 'uniform', 'trainers',
  'boots', 'kit', 'beard', 'tattoo', 'tattoos', 'piercing', 'shift', 'shifts', 'sick', 'sickness', 'sick leave', 'gym', 'promotion',
  'warrant card', 'password', 'laptop', 'printer', 'training course', 'course', 'refresher', 'exam', 'pregnancy', 'maternity',
  'paternity', 'christmas party', 'xmas party', 'locker', 'car', 'vehicle', 'fuel', 'rest day', 'bank holiday',
];
