/** What a moderator can raise from a dip sample: the policy's rules, in words a moderator picks from. */
export const RAISE_TYPES = {
  personal_information: 'Personal information',
  file_upload: 'File or attachment',
  operational_use: 'Critical incident or on-call traffic',
  other: 'Other breach of the policy',
} as const;
export type RaiseType = keyof typeof RAISE_TYPES;
export const RAISE_TYPE_IDS = Object.keys(RAISE_TYPES) as [RaiseType, ...RaiseType[]];
