/**
 * Context words the number-run readers share (number-ids.ts, passport-number-runs.ts, pattern-ids.ts): a bank's sort
 * code or account named before a number, and the labels of other numbers (references, orders, phones) that veto a reading.
 */
// Fifteenth session: "s.c." too, the dotted abbreviation of sort code.
export const SORT_CONTEXT = /\b(?:sort ?code|s\/c|s\.c|sc|sort|bank|banking)\b/;
export const ACCOUNT_CONTEXT = /\b(?:account|acc|acct|a\/c|ac)\b\.?(?: ?(?:no|num|number|#))?\.?:?\s*$/;
export const NEGATIVE_REF = /\b(?:ref|reference|job|invoice|order|po|ticket|form|room|crime|incident|log|urn|occurrence|serial|case|call|phone|mobile|tel)\b[^0-9]{0,12}$/;
