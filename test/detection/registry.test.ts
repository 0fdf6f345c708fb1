import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, FINDING_TYPES, maskValue, TYPE_LABELS, type FindingType } from '../../src/detection';
import { defineDetector } from '../../src/detection/detectors/detector';
import { DEFAULT_TOPIC, DETECTOR_MODULES, DETECTORS, SCAN_TABLES, TYPE_INFO } from '../../src/detection/detectors/registry';
import { findingLabel } from '../../src/status/finding-labels';

/**
 * The detector registry: every module declares its types (label, severity, topic, masking)
 * and cue words; the lists the rest of the product uses are derived from those declarations.
 */
describe('detector registry', () => {
  it('derives one entry per type, each owned by exactly one module', () => {
    const owned = DETECTOR_MODULES.flatMap((m) => Object.keys(m.types));
    expect(new Set(owned).size).toBe(owned.length);
    expect([...FINDING_TYPES].sort()).toEqual([...owned].sort());
    expect(FINDING_TYPES.length).toBe(23);
  });

  it('gives every type a label, severity and topic, and cards and the CLI use that label', () => {
    for (const t of FINDING_TYPES) {
      expect(TYPE_LABELS[t], t).toMatch(/\w/);
      expect(['low', 'medium', 'high']).toContain(DEFAULT_SEVERITY[t]);
      expect(['personal_information', 'file_upload', 'operational_use']).toContain(DEFAULT_TOPIC[t]);
      expect(findingLabel(t)).toBe(TYPE_LABELS[t]);
    }
    expect(findingLabel('a_type_no_detector_emits')).toBe('personal information');
  });

  it('keeps the policy topics and masking the product relies on', () => {
    expect(DEFAULT_TOPIC.file_upload).toBe('file_upload');
    expect(DEFAULT_TOPIC.operational_use).toBe('operational_use');
    expect(DEFAULT_TOPIC.phone).toBe('personal_information');
    expect(TYPE_INFO.phone.mask).toEqual([6, 2]);
    expect(maskValue('protective_marking', 'OFFICIAL-SENSITIVE')).toBe('OFFICIAL-SENSITIVE');
  });

  it("proposes another module's type only when that module owns it", () => {
    for (const m of DETECTOR_MODULES) for (const t of 'also' in m ? (m.also ?? []) : []) expect(FINDING_TYPES).toContain(t);
    expect(DETECTORS.find((d) => d.id === 'pattern_ids')?.types).toContain('passport');
  });

  it('collects every cue family the modules declare into the pre-pass table', () => {
    for (const m of DETECTOR_MODULES) for (const family of Object.keys('cues' in m ? (m.cues ?? {}) : {})) expect(SCAN_TABLES.cues.bit(family)).toBeGreaterThan(0);
    expect(SCAN_TABLES.terms).toBeInstanceOf(Uint32Array);
  });

  it('will not compile a type without a label, severity or topic', () => {
    // @ts-expect-error a type must have a label
    defineDetector({ id: 'x', types: { x: { severity: 'low', topic: 'personal_information' } } });
    // @ts-expect-error a type must have a policy topic
    defineDetector({ id: 'y', types: { y: { label: 'a y', severity: 'low' } } });
    const ok = defineDetector({ id: 'z', types: { z: { label: 'a z', severity: 'low', topic: 'personal_information' } } });
    expect(Object.keys(ok.types)).toEqual(['z']);
    // FindingType is the union of the declared names, not any string.
    // @ts-expect-error no module declares this type
    const unknown: FindingType = 'not_a_declared_type';
    const known: FindingType = 'phone';
    expect([unknown, known]).toHaveLength(2);
  });
});
