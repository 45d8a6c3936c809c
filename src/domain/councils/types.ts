import type { Nation } from '../nations';

/**
 * A local authority responsible for education (or, in Northern Ireland, the Education Authority).
 * `aliases` are other names people use: short forms, old names, Welsh names, initials, big towns.
 */
export interface Council {
  /** Stable id, e.g. 'west-berkshire'. Stored in answers.council and the `councilId` setting. */
  id: string;
  /** The usual English name, shown to the family. */
  name: string;
  nation: Nation;
  aliases: string[];
}
