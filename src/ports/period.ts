/** Half-open period [from, to). */
export interface Period {
  from: Date;
  to: Date;
}
