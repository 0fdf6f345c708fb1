/** Every migration, in order. Versions are permanent: append only. */
import * as m001 from './001-initial';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: m001.name, statements: m001.statements }];
