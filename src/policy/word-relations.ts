/**
 * Port for a general lexical database (WordNet, through an adapter in src/language/): for a
 * word a member of staff typed, the words of the policy that mean the same or something more
 * general ("selfie" -> "photograph", "retire" -> "leave"). Nobody here tuned it; the adapter
 * answers only with words of the documents it was built for, each with a weight 0..1 (1 = same
 * meaning, less for a broader word).
 */
export type WordRelations = (word: string) => ReadonlyArray<{ word: string; weight: number }>;
