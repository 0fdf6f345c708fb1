/** Every migration, in order. Versions are permanent: append only, never edit a shipped one. */
import * as m001 from './001-initial';
import * as m002 from './002-outbox-conversation-affinity';
import * as m005 from './005-place-names';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: m001.name, statements: m001.statements },
  { version: 2, name: m002.name, statements: m002.statements },
  // 3, 4 and 6 are taken by work on other branches; versions only need to increase, gaps are fine.
  { version: 5, name: m005.name, statements: m005.statements },
];
