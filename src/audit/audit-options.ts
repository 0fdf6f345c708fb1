/**
 * Who may have what. Post text and the pseudonym key are PSD material: asking for them without
 * --i-am-psd is refused, the audit still runs, and the refusal is written into the output's
 * header so whoever opens the file sees why the column or the key is missing.
 */
export interface AuditRequest {
  includeText: boolean;
  iAmPsd: boolean;
  keyFile?: string;
}

export interface AuditGrants {
  includeText: boolean;
  keyFile?: string;
  notes: string[];
}

export function resolveGrants(request: AuditRequest): AuditGrants {
  const notes: string[] = [];
  let includeText = false;
  let keyFile: string | undefined;
  if (request.includeText) {
    if (request.iAmPsd) {
      includeText = true;
      notes.push('Post text is included at the request of Professional Standards (--include-text --i-am-psd). OFFICIAL-SENSITIVE: handle as PSD material.');
    } else {
      notes.push('Post text was requested (--include-text) and refused: only Professional Standards may export post text (add --i-am-psd). This output has no post text.');
    }
  }
  if (request.keyFile) {
    if (request.iAmPsd) keyFile = request.keyFile;
    else notes.push('A pseudonym key file was requested (--key-file) and refused: only Professional Standards may map pseudonyms to people (add --i-am-psd). No key file was written.');
  }
  return { includeText, keyFile, notes };
}
