/**
 * Finding types in words, for cards and the CLI. Unknown types (the detection engine may add
 * more) fall back to "personal information" rather than showing a raw code.
 */
const LABELS: Record<string, string> = {
  email: 'an email address',
  phone: 'a phone number',
  postcode: 'a postcode',
  address: 'an address',
  date_of_birth: 'a date of birth',
  nino: 'a National Insurance number',
  nhs_number: 'an NHS number',
  bank_account: 'bank account details',
  iban: 'a bank account number (IBAN)',
  payment_card: 'a payment card number',
  passport: 'a passport number',
  driving_licence: 'a driving licence number',
  vehicle_registration: 'a vehicle registration',
  ip_address: 'an IP address',
  person_name: "someone's name",
  health: 'health information',
  pnc_id: 'a PNC ID',
  cro_number: 'a CRO number',
  crime_reference: 'a crime reference',
  protective_marking: 'a protective marking',
  intelligence_grading: 'an intelligence grading',
  file_upload: 'a file',
  operational_use: 'live incident or on-call traffic',
};

export function findingLabel(type: string): string {
  return LABELS[type] ?? 'personal information';
}

/** "a phone number and an email address" (each kind once, in the order found). */
export function describeFindings(types: readonly string[]): string {
  const labels = [...new Set(types.map(findingLabel))];
  if (labels.length <= 1) return labels[0] ?? 'personal information';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
