/**
 * Context words the number-run readers share (number-ids.ts, passport-number-runs.ts, pattern-ids.ts): a bank's sort
 * code or account named before a number, and the labels of other numbers (references, orders, phones) that veto a reading.
 */
// Fifteenth session: "s.c." too, the dotted abbreviation of sort code.
export const SORT_CONTEXT = /\b(?:sort ?code|s\/c|s\.c|sc|sort|bank|banking)\b/;
export const ACCOUNT_CONTEXT = /\b(?:account|acc|acct|a\/c|ac)\b\.?(?: ?(?:no|num|number|#))?\.?:?\s*$/;
export const NEGATIVE_REF = /\b(?:ref|reference|job|invoice|order|po|ticket|form|room|crime|incident|log|urn|occurrence|serial|case|call|phone|mobile|tel)\b[^0-9]{0,12}$/;

/**
 * Twentieth session (prec20): an account kept with a supplier or in the books ("the supplier account 2204 1187", "trade
 * account", "ledger account"), or one the sentence goes on to call a ledger, a budget or a cost centre ("account number
 * 4410 2200, that's the uniform budget ledger"), is bookkeeping, no one's bank account.
 */
export const BOOKKEEPING_BEFORE = /\b(?:supplier|suppliers|supplier's|vendor|trade|ledger|nominal|budget|stores)\b/;
export const BOOKKEEPING_AFTER = /^[^.!?\n]{0,30}\b(?:ledger|budget code|cost cent(?:re|er)|nominal code)\b/;
