/**
 * Forms of the vocabulary derived from its sourced lemmas by regular rules of English and of medical usage (health-
 * vocabulary.ts adds them beside the lemmas): an addiction's dependence, withdrawal and relapse said with its substance,
 * the short forms of hepatitis, numbered types and stages in words, multi-word phrases in the plural, and the British
 * spellings of WordNet's American forms. Pure functions of the phrase lists: no list of their own.
 */
/**
 * How people say an addiction of the vocabulary ("heroin addiction", "alcohol addiction", from
 * WordNet): "heroin dependent", "alcohol-dependent", "addicted to heroin", "dependent on alcohol".
 * Derived from the sourced lemmas, so every substance WordNet names an addiction to is covered.
 */
export function dependenceStates(conditions: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of conditions) {
    const m = /^([a-z]+) addiction$/.exec(c);
    if (!m) continue;
    const x = m[1];
    out.push(`${x} dependent`, `${x} dependant`, `${x}-dependent`, `${x} addicted`, `addicted to ${x}`, `dependent on ${x}`);
    // Dev set 13 round: a relapse onto the substance is the addiction again ("has relapsed on heroin"); "relapsed" alone
    // also means falling back into any habit, so only with the substance of an addiction.
    out.push(`relapsed on ${x}`, `relapsing on ${x}`, `relapsed into ${x}`);
    // Withdrawal said as a verb ("withdrawing from heroin"), as the noun "heroin withdrawal" already was.
    out.push(`withdrawing from ${x}`, `withdrawals from ${x}`, `withdrawal from ${x}`);
  }
  return out;
}

/** The nouns of the same: "alcohol dependency", "heroin dependence", "heroin withdrawal" (WordNet's withdrawal symptom, named by its substance). */
export function dependenceConditions(conditions: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of conditions) {
    const m = /^([a-z]+) addiction$/.exec(c);
    // Dev set 14 round: the substance's use or misuse said as the person's ("mum's heroin use", "his alcohol misuse").
    if (m) out.push(`${m[1]} dependency`, `${m[1]} dependence`, `${m[1]} withdrawal`, `${m[1]} use`, `${m[1]} misuse`, `${m[1]} abuse`);
  }
  return out;
}

/** "hep C", "hep B": the everyday short form of WordNet's "hepatitis C" (and A, B, delta), as clinicians and custody notes write it. */
export function shortForms(conditions: readonly string[]): string[] {
  return conditions.flatMap((c) => (/^hepatitis [a-e]$/.test(c) ? [`hep ${c.slice(-1)}`] : []));
}

/**
 * How people type a phrase of the vocabulary: a numbered type or stage in words ("type one diabetic",
 * "stage two cancer") and a pain in the plural ("chest pains", from WordNet's "chest pain"). Dev set 16 round: any phrase of
 * two words or more in its regular plural ("depot injections", "panic attacks"): WordNet and the A to Z give lemmas in the
 * singular, and a course of treatment or a run of injuries is written in the plural. Single words are left alone ("ms").
 */
const NUMBER_WORDS = ['one', 'two', 'three', 'four'];
export function typedVariants(phrases: readonly string[]): Array<[variant: string, phrase: string]> {
  const out: Array<[string, string]> = [];
  for (const p of phrases) {
    if (/\b(?:type|stage) [1-4]\b/.test(p)) out.push([p.replace(/\b(type|stage) ([1-4])\b/, (_, w: string, n: string) => `${w} ${NUMBER_WORDS[Number(n) - 1]}`), p]);
    if (/ pain$/.test(p)) out.push([`${p}s`, p]);
    else if (p.includes(' ') && /[a-rt-wz]$/.test(p) && !/(?:ch|sh|ed|ing|ic|al|ly|y)$/.test(p)) out.push([`${p}s`, p]);
  }
  return out;
}

/**
 * Thirteenth session: WordNet spells medicine the American way ("sleep apnea", "cerebral hemorrhage", "leukemia"), and
 * people here write the British forms the NHS uses ("sleep apnoea", "haemorrhage", "oedema"). The regular
 * correspondences of medical spelling (ae for e in haem-, -aemia, anaesthesia, paediatric, gynaecology; oe in oedema,
 * oesophagus, oestrogen, foetal, -pnoea, -rrhoea, coeliac; -our in tumour; -ise, -isation) give each lemma its British form.
 * "-emic" becomes "-aemic" only where the vocabulary has the "-emia" noun ("anemic", not "endemic").
 */
const BRITISH: ReadonlyArray<[RegExp, string]> = [
  [/\bhem(?=o|a|orrh)/g, 'haem'], [/(?<![a])emia\b/g, 'aemia'], [/\bedema/g, 'oedema'], [/\besophag/g, 'oesophag'],
  [/\bestrogen/g, 'oestrogen'], [/\bfet(?=al\b|us\b)/g, 'foet'], [/pnea\b/g, 'pnoea'], [/rrhea\b/g, 'rrhoea'],
  [/\bped(?=iatric)/g, 'paed'], [/orthoped/g, 'orthopaed'], [/(?<![a])esthe(?=si|ti)/g, 'aesthe'], [/gynec/g, 'gynaec'],
  [/\bceliac/g, 'coeliac'], [/tumor\b/g, 'tumour'], [/(?<=[a-z]{3})iz(?=ed\b|ation\b|ing\b)/g, 'is'],
];
export function britishSpellings(phrases: readonly string[]): Array<[variant: string, phrase: string]> {
  const known = new Set(phrases);
  const out: Array<[string, string]> = [];
  for (const p of phrases) {
    let v = p.replace(/\b([a-z]+)emic\b/g, (w, stem: string) => (known.has(`${stem}emia`) ? `${stem}aemic` : w));
    for (const [re, to] of BRITISH) v = v.replace(re, to);
    if (v !== p && !known.has(v)) out.push([v, p]);
  }
  return out;
}
