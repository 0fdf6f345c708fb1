import { z } from 'zod';
import { DEFAULT_SEVERITY, FINDING_TYPES, type FindingType } from './detectors/registry';

const severitySchema = z.enum(['low', 'medium', 'high']);
const findingTypeSchema = z.enum(FINDING_TYPES as unknown as [FindingType, ...FindingType[]]);

/** Severity when the config does not say otherwise: declared by each detector module (identifiers that enable fraud or identify a person outright rank high). */
export { DEFAULT_SEVERITY };

const typeSettingSchema = z
  .object({ enabled: z.boolean().optional(), severity: severitySchema.optional() })
  .strict();

/**
 * A force-specific reference format. Patterns come from admins, not users, but are still
 * checked: they must compile and must not contain a quantified group that is itself
 * quantified (the classic catastrophic-backtracking shape).
 */
const customPatternSchema = z
  .object({
    name: z.string().min(1).max(64),
    type: findingTypeSchema.default('crime_reference'),
    pattern: z.string().min(1).max(500),
    flags: z.string().regex(/^[imsu]*$/, 'only i, m, s, u flags are allowed').optional(),
    contextWords: z.array(z.string().min(1).max(64)).max(50).default([]),
    severity: severitySchema.optional(),
    confidence: z.number().min(0).max(1).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    try {
      new RegExp(p.pattern, p.flags ?? '');
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'pattern does not compile', path: ['pattern'] });
      return;
    }
    if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/.test(p.pattern)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'nested quantifiers are not allowed', path: ['pattern'] });
    }
  });

const typesShape = Object.fromEntries(
  FINDING_TYPES.map((t) => [t, typeSettingSchema.optional()]),
) as Record<FindingType, z.ZodOptional<typeof typeSettingSchema>>;

export const detectionConfigSchema = z
  .object({
    types: z.object(typesShape).strict().default({}),
    allowedEmailDomains: z
      .array(z.string().min(1).max(253).transform((d) => d.toLowerCase().replace(/^@/, '').replace(/\.$/, '')))
      .default(['staffordshire.police.uk']),
    customPatterns: z.array(customPatternSchema).max(100).default([]),
    minConfidence: z.number().min(0).max(1).default(0.5),
  })
  .strict();

export type DetectionConfig = z.infer<typeof detectionConfigSchema>;
export type DetectionConfigInput = z.input<typeof detectionConfigSchema>;
export type CustomPattern = DetectionConfig['customPatterns'][number];

export function parseDetectionConfig(input?: Partial<DetectionConfigInput>): DetectionConfig {
  return detectionConfigSchema.parse(input ?? {});
}
