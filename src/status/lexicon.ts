/**
 * Police work vocabulary. Used to (a) restore the capitalisation people skip when typing on a
 * phone ("asb plan for cannock" -> "ASB plan for Cannock"), (b) spot meetings and events so the
 * "Attending ..." templates are chosen, and (c) tell work topics from personal ones.
 * Lower-case keys; values are the canonical spelling.
 */
// Ambiguous ones (IT, CT, PIP, DASH, STORM, PACT, COP) are left out: "working on it" must stay lower case.
const ACRONYM_LIST = [
  'NPCC', 'NPIA', 'LPT', 'SNT', 'NPT', 'CID', 'ASB', 'PACE', 'PCSO', 'PCSOs', 'RPU', 'MASH', 'MARAC', 'MAPPA',
  'IOM', 'CPS', 'CSE', 'CCE', 'HMICFRS', 'IOPC', 'PSD', 'OPCC', 'PCC', 'HR', 'ICT', 'CCTV', 'ANPR', 'SIO',
  'FLO', 'FLOs', 'NCA', 'ROCU', 'GDPR', 'FOI', 'FOIA', 'RIPA', 'CHIS', 'BWV', 'PNC', 'PND', 'ARV', 'AFO',
  'TSG', 'OSU', 'DCI', 'SMT', 'SLT', 'KPI', 'KPIs', 'SOP', 'SOPs', 'NFA', 'RTC', 'RTCs', 'VAWG', 'CPD', 'IPLDP',
  'PEQF', 'DHEP', 'PCDA', 'DBS', 'OCG', 'OCGs', 'CSP', 'SARC', 'IDVA', 'ISVA', 'DVPN',
  'DVPO', 'MOU', 'DMM', 'CAD', 'RMS', 'UK', 'ASAP', 'Q&A', 'L&D', 'POLSA', 'PolSA', 'JESIP',
  'ViSOR', 'MPS', 'PPU', 'CAIT', 'DIU', 'NABIS', 'NFIB', 'ACPO',
];

export const ACRONYMS: ReadonlyMap<string, string> = new Map(ACRONYM_LIST.map((a) => [a.toLowerCase(), a]));

/** Proper nouns people often type in lower case: force areas, towns, days, systems. */
const PROPER_LIST = [
  'Staffordshire', 'Stafford', 'Cannock', 'Lichfield', 'Tamworth', 'Burton', 'Stoke', 'Stoke-on-Trent',
  'Newcastle-under-Lyme', 'Leek', 'Uttoxeter', 'Rugeley', 'Biddulph', 'Kidsgrove', 'Hanley', 'Longton',
  'Burslem', 'Fenton', 'Tunstall', 'Penkridge', 'Cheadle', 'Codsall', 'Yammer',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

export const PROPER_NOUNS: ReadonlyMap<string, string> = new Map(PROPER_LIST.map((p) => [p.toLowerCase(), p]));

/** Nouns that make a phrase an event you attend (the policy's "Attending NPIA meeting"). */
export const EVENT_NOUNS = new Set([
  'meeting', 'meetings', 'conference', 'briefing', 'brief', 'debrief', 'training', 'course', 'seminar', 'workshop',
  'event', 'summit', 'forum', 'board', 'panel', 'webinar', 'presentation', 'session', 'awayday', 'surgery',
  'walkabout', 'exercise', 'consultation', 'launch', 'fair', 'day', 'inquest', 'court', 'hearing', 'tasking',
  'marac', 'mappa', 'dmm', 'huddle', 'symposium', 'masterclass', 'visit', 'celebration', 'ceremony', 'parade',
  'assessment', 'interview', 'interviews', 'induction', 'group', 'call', 'catch-up', 'catchup', 'drop-in',
]);

/** Words that are clearly about police or office work; used to judge whether a phrase is work. */
export const WORK_WORDS = new Set([
  'rota', 'rotas', 'plan', 'plans', 'project', 'projects', 'review', 'audit', 'policy', 'procedure', 'process',
  'training', 'briefing', 'custody', 'response', 'neighbourhood', 'investigation', 'investigations', 'case',
  'cases', 'file', 'files', 'team', 'shift', 'shifts', 'patrol', 'patrols', 'operation', 'op', 'burglary',
  'robbery', 'crime', 'crimes', 'offender', 'offenders', 'victim', 'victims', 'witness', 'suspect', 'warrant',
  'warrants', 'evidence', 'statement', 'report', 'reports', 'data', 'system', 'rollout', 'strategy',
  'meeting', 'conference', 'course', 'workshop', 'seminar', 'recruitment', 'recruits', 'probationers',
  'students', 'officers', 'staff', 'colleagues', 'community', 'partnership', 'partners', 'council',
  'performance', 'budget', 'tasking', 'intelligence', 'safeguarding', 'vetting', 'policing', 'force',
  'station', 'control', 'room', 'call', 'calls', 'demand', 'handling', 'guidance', 'toolkit', 'pilot',
  'campaign', 'survey', 'dashboard', 'spreadsheet', 'bid', 'proposal', 'business', 'inspection', 'wellbeing',
  'cpd', 'drugs', 'knife', 'fraud', 'cyber', 'traffic', 'roads', 'speeding', 'licensing', 'firearms',
  'missing', 'domestic', 'abuse', 'exploitation', 'disclosure', 'interview', 'interviews', 'handover',
  'leaving', 'presentation', 'rollout', 'upgrade', 'migration', 'template', 'templates', 'forms', 'work',
]);

/** "op falcon" / "operation falcon": keep the operation name capitalised. */
export const OPERATION_PATTERN = /\b(op|operation)\s+([a-z][a-z-]*)\b/gi;

export function isWorkWord(word: string): boolean {
  const w = word.toLowerCase();
  return WORK_WORDS.has(w) || EVENT_NOUNS.has(w) || ACRONYMS.has(w);
}
