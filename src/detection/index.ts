/**
 * Detection engine: finds personal and police-operational information and file uploads
 * in staff posts. Pure domain code: no I/O, no SDKs, never logs text.
 */
export { FINDING_TYPES } from './types';
export { DEFAULT_TOPIC, TYPE_LABELS } from './detectors/registry';
export type { AttachmentInput, Finding, FindingTopic, FindingType, PostInput, Scanner, Severity } from './types';
export type { PolicyTopic } from '../policy/types';
export { detectionConfigSchema, DEFAULT_SEVERITY } from './config';
export type { DetectionConfig, DetectionConfigInput, CustomPattern } from './config';
export { createScanner, scan } from './scanner';
export type { EngineOptions } from './scanner';
export { maskValue } from './mask';
