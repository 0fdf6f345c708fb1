/**
 * Port for the detection engine's words of police business (an adapter in src/language/ reads them from src/detection):
 * which words name a person in a case, and which name police intelligence. The policy engine never imports detection.
 */
export interface CaseWords {
  /** A person noun (singular, lower case) naming someone in a police case: "victim", "detainee", "nominal". */
  isCasePerson: (word: string) => boolean;
  /** A lower-case word naming intelligence, the police information that is itself the thing shared. */
  namesIntelligence: (word: string) => boolean;
}
