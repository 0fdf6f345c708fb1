/**
 * Test helper: validate Adaptive Card JSON against the official Adaptive Card 1.5 schema
 * (vendored in test/schemas/adaptive-card-1.5.schema.json, see test/schemas/SOURCES.md),
 * extended in memory with the Teams chart elements (test/schemas/teams-chart-elements.schema.json)
 * and the Teams-only top-level `msteams` property.
 *
 * Usage in a test:
 *   import { expectValidAdaptiveCard, validateAdaptiveCard } from '../support/adaptive-card-schema';
 *   expectValidAdaptiveCard(card);                 // throws with readable errors
 *   const { valid, errors } = validateAdaptiveCard(card);
 *
 * Pass the card content itself (the object with type "AdaptiveCard"), not the Bot Framework
 * attachment wrapper ({ contentType, content }).
 *
 * The vendored schema files are never modified; every change is made on a deep copy here:
 *  1. `id` (draft-06 schema id) becomes `$id`: Ajv 8 rejects the draft-04/06 `id` keyword.
 *  2. `msteams` is added to AdaptiveCard.properties. The 1.5 schema has
 *     `additionalProperties: false` on AdaptiveCard and does not list `msteams`, but Teams reads
 *     `{"msteams": {"width": "Full"}}` (and `msteams.entities` for mentions) on the top-level card.
 *     Exactly that one key is allowed; any other unknown top-level key is still rejected.
 *  3. The chart definitions are merged into `definitions` and each Chart.* type is appended to
 *     the `ImplementationsOf.Element` anyOf, so charts are accepted anywhere an element is (body,
 *     Container.items, Column.items, TableCell.items, fallback) but only when they match the
 *     supplemental chart schema.
 *  4. A small wrapper requires `type: "AdaptiveCard"` and `version: "1.5"` on the top-level card
 *     (the official schema leaves `version` optional because Action.ShowCard cards omit it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SCHEMA_DIR = path.join(REPO_ROOT, 'test', 'schemas');
const CARD_SCHEMA_FILE = path.join(SCHEMA_DIR, 'adaptive-card-1.5.schema.json');
const CHART_SCHEMA_FILE = path.join(SCHEMA_DIR, 'teams-chart-elements.schema.json');
const CARD_SCHEMA_ID = 'http://adaptivecards.io/schemas/adaptive-card.json';
const TOP_LEVEL_ID = 'urn:policy-bot:test:adaptive-card-1.5-teams';

/** The Teams chart element types the supplemental schema describes. */
export const TEAMS_CHART_TYPES = [
  'Chart.Donut',
  'Chart.Pie',
  'Chart.VerticalBar',
  'Chart.HorizontalBar',
  'Chart.VerticalBar.Grouped',
  'Chart.HorizontalBar.Stacked',
  'Chart.Line',
] as const;

type JsonObject = Record<string, unknown>;

function readJson(file: string): JsonObject {
  return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
}

/** Builds the patched in-memory copy of the 1.5 schema (see the file comment for each patch). */
export function buildPatchedCardSchema(): JsonObject {
  const card = readJson(CARD_SCHEMA_FILE);
  const charts = readJson(CHART_SCHEMA_FILE);

  // 1. draft-06 `id` -> `$id` (Ajv 8 only understands `$id`).
  const schemaId = (card['id'] as string | undefined) ?? CARD_SCHEMA_ID;
  delete card['id'];
  card['$id'] = schemaId;

  const definitions = card['definitions'] as Record<string, JsonObject>;

  // 2. Teams `msteams` top-level property.
  const adaptiveCard = definitions['AdaptiveCard'];
  const acProps = adaptiveCard['properties'] as Record<string, unknown>;
  if (!('msteams' in acProps)) {
    acProps['msteams'] = {
      type: 'object',
      description: 'Teams-specific card settings (not part of the Adaptive Card 1.5 schema).',
      properties: {
        width: { enum: ['Full'] },
        entities: { type: 'array', items: { type: 'object' } },
      },
      additionalProperties: false,
    };
  }

  // 3. Merge the chart definitions; inside the card schema a chart's fallback can be checked
  //    properly against the real element list.
  const chartDefs = structuredClone(charts['definitions']) as Record<string, JsonObject>;
  chartDefs['ChartCommon.Fallback'] = {
    anyOf: [{ $ref: '#/definitions/ImplementationsOf.Element' }, { $ref: '#/definitions/FallbackOption' }],
  };
  for (const [name, def] of Object.entries(chartDefs)) {
    if (name in definitions) throw new Error(`chart schema definition ${name} clashes with the card schema`);
    definitions[name] = def;
  }
  const elementImpls = definitions['ImplementationsOf.Element']['anyOf'] as unknown[];
  for (const chartType of TEAMS_CHART_TYPES) {
    elementImpls.push({ required: ['type'], allOf: [{ $ref: `#/definitions/${chartType}` }] });
  }
  return card;
}

interface Compiled {
  validate: ValidateFunction;
  /** definition object -> definition name, to tell which anyOf branch an error came from. */
  defNames: Map<object, string>;
  /** type name ("TextBlock", "Action.Execute", "Chart.Donut", ...) -> definitions it is made of. */
  ownersByType: Map<string, Set<string>>;
  /** chart type -> the ChartData.* definition of its `data` items. */
  chartDataDefs: Map<string, string>;
}

let cached: Compiled | undefined;

function compile(): Compiled {
  if (cached) return cached;
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
  addFormats(ajv);
  const requireFromRepo = createRequire(path.join(REPO_ROOT, 'package.json'));
  const draft06 = JSON.parse(
    readFileSync(requireFromRepo.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8'),
  ) as JsonObject;
  ajv.addMetaSchema(draft06);
  const schema = buildPatchedCardSchema();
  ajv.addSchema(schema);
  const validate = ajv.compile({
    $id: TOP_LEVEL_ID,
    allOf: [{ $ref: CARD_SCHEMA_ID }],
    type: 'object',
    required: ['type', 'version'],
    properties: {
      type: { const: 'AdaptiveCard' },
      version: { const: '1.5' },
    },
  });

  const defs = schema['definitions'] as Record<string, JsonObject>;
  const defNames = new Map<object, string>();
  for (const [name, def] of Object.entries(defs)) defNames.set(def, name);
  const owners = (name: string, seen: Set<string>): Set<string> => {
    if (seen.has(name) || !defs[name]) return seen;
    seen.add(name);
    for (const part of (defs[name]['allOf'] as JsonObject[] | undefined) ?? []) {
      const ref = part['$ref'];
      if (typeof ref === 'string' && ref.startsWith('#/definitions/')) owners(ref.slice(14), seen);
    }
    return seen;
  };
  const ownersByType = new Map<string, Set<string>>();
  for (const [name, def] of Object.entries(defs)) {
    const typeEnum = ((def['properties'] as JsonObject | undefined)?.['type'] as JsonObject | undefined)?.['enum'];
    if (Array.isArray(typeEnum)) {
      for (const t of typeEnum) if (typeof t === 'string') ownersByType.set(t, owners(name, new Set()));
    }
  }
  const chartDataDefs = new Map<string, string>();
  for (const chartType of TEAMS_CHART_TYPES) {
    const dataItems = ((defs[chartType]['properties'] as JsonObject)['data'] as JsonObject)['items'] as JsonObject;
    const first = String(dataItems['$ref']).replace('#/definitions/', '');
    chartDataDefs.set(chartType, first);
  }
  cached = { validate, defNames, ownersByType, chartDataDefs };
  return cached;
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let cur: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** The `type` of the closest object at or above `pointer` that has one (the containing element). */
function nearestElementType(root: unknown, pointer: string): string | undefined {
  const parts = pointer.split('/');
  for (let n = parts.length; n >= 1; n--) {
    const v = valueAt(root, parts.slice(0, n).join('/'));
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as JsonObject)['type'] === 'string') {
      return (v as JsonObject)['type'] as string;
    }
  }
  return undefined;
}

function formatError(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(card)' : e.instancePath;
  let detail = '';
  if (e.keyword === 'additionalProperties') {
    detail = ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`;
  } else if (e.keyword === 'enum') {
    detail = ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`;
  } else if (e.keyword === 'const') {
    detail = ` ${JSON.stringify((e.params as { allowedValue?: unknown }).allowedValue)}`;
  }
  return `${where} ${e.message ?? e.keyword}${detail}`;
}

/**
 * An element that fails the schema makes every branch of the ImplementationsOf.* anyOf report
 * errors ("must have required property 'facts'", "type must be equal to ActionSet", ...).
 * Keep only the errors of the branch whose `type` the element actually has, and replace the
 * noise for an unknown `type` by one line. Falls back to the raw list if filtering leaves nothing.
 */
function readableErrors(card: unknown, raw: ErrorObject[], c: Compiled): string[] {
  const kept: string[] = [];
  const unknownTypes = new Map<string, string>();
  for (const e of raw) {
    const isTypeProp = e.instancePath.endsWith('/type');
    const elementPath = isTypeProp ? e.instancePath.slice(0, -5) : e.instancePath;
    const element = valueAt(card, elementPath);
    const elementType =
      element && typeof element === 'object' && !Array.isArray(element)
        ? (element as JsonObject)['type']
        : undefined;
    if (typeof elementType === 'string' && elementPath !== '') {
      const owners = c.ownersByType.get(elementType);
      if (!owners) {
        unknownTypes.set(elementPath, elementType);
        continue;
      }
      if (isTypeProp) continue; // another branch's type name (the matching branch accepts it)
      if (!isTypeProp) {
        if (e.keyword === 'anyOf') continue;
        const owner = c.defNames.get(e.parentSchema as object);
        if (owner !== undefined && !owners.has(owner)) continue; // another branch's rule
      }
    }
    if (e.keyword === 'anyOf') continue;
    const owner = c.defNames.get(e.parentSchema as object);
    if (owner?.startsWith('ChartData.')) {
      // Data points: only keep errors from the data shape of the chart the point belongs to.
      const chartType = nearestElementType(card, e.instancePath);
      const allowed = /\/values\/\d+$/.test(e.instancePath)
        ? 'ChartData.XY'
        : chartType
          ? c.chartDataDefs.get(chartType)
          : undefined;
      if (allowed && allowed !== owner) continue;
    }
    kept.push(formatError(e));
  }
  for (const [at, t] of unknownTypes) kept.push(`${at} has unknown element type '${t}'`);
  const out = kept.length > 0 ? kept : raw.map(formatError);
  return [...new Set(out)];
}

export function validateAdaptiveCard(card: unknown): { valid: boolean; errors: string[] } {
  const c = compile();
  if (c.validate(card) === true) return { valid: true, errors: [] };
  return { valid: false, errors: readableErrors(card, c.validate.errors ?? [], c) };
}

export function expectValidAdaptiveCard(card: unknown): void {
  const { valid, errors } = validateAdaptiveCard(card);
  if (valid) return;
  const shown = errors.slice(0, 25);
  const more = errors.length > shown.length ? `\n  ... and ${errors.length - shown.length} more` : '';
  throw new Error(
    `Adaptive Card does not match the Adaptive Card 1.5 schema (+ Teams charts/msteams):\n  ` +
      shown.join('\n  ') +
      more +
      `\nElement types in the card:\n  ` +
      describeTypes(card).slice(0, 40).join('\n  '),
  );
}

/** A short description of where each element type sits, to make anyOf failures readable. */
function describeTypes(card: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${at}/${i}`));
    } else if (v && typeof v === 'object') {
      const obj = v as JsonObject;
      if (typeof obj['type'] === 'string' && at !== '') out.push(`${at} is a ${obj['type']}`);
      for (const [k, child] of Object.entries(obj)) walk(child, `${at}/${k}`);
    }
  };
  walk(card, '');
  return out;
}
