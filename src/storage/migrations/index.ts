/** Every migration, in order. Versions are permanent: append only, never edit a shipped one. */
import * as m001 from './001-initial';
import * as m002 from './002-outbox-conversation-affinity';
import * as m003 from './003-health-probe';
import * as m004 from './004-historic-flags';
import * as m005 from './005-place-names';
import * as m006 from './006-answer-examples';
import * as m007 from './007-policy-rules';
import * as m008 from './008-membership';
import * as m010 from './010-outbox-messages';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: m001.name, statements: m001.statements },
  { version: 2, name: m002.name, statements: m002.statements },
  { version: 3, name: m003.name, statements: m003.statements },
  { version: 4, name: m004.name, statements: m004.statements },
  { version: 5, name: m005.name, statements: m005.statements },
  { version: 6, name: m006.name, statements: m006.statements },
  { version: 7, name: m007.name, statements: m007.statements },
  { version: 8, name: m008.name, statements: m008.statements },
  // 9 is unused here (see 010-outbox-messages.ts): versions need not be contiguous.
  { version: 10, name: m010.name, statements: m010.statements },
];
