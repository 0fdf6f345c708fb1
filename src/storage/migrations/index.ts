/** Every migration, in order. Versions are permanent: append only, never edit a shipped one. */
import * as m001 from './001-initial';
import * as m002 from './002-outbox-conversation-affinity';
import * as m007 from './007-policy-rules';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: m001.name, statements: m001.statements },
  { version: 2, name: m002.name, statements: m002.statements },
  // 003-006 belong to parallel work; versions only need to be unique and ascending.
  { version: 7, name: m007.name, statements: m007.statements },
];
