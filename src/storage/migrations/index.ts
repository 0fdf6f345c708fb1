/** Every migration, in order. Versions are permanent: append only, never edit a shipped one. */
import * as m001 from './001-initial';
import * as m002 from './002-outbox-conversation-affinity';
import * as m004 from './004-historic-flags';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: m001.name, statements: m001.statements },
  { version: 2, name: m002.name, statements: m002.statements },
  // 003 is another branch's; versions are applied in order, each once, so the gap is safe.
  { version: 4, name: m004.name, statements: m004.statements },
];
