import { dipSamplingLines } from '../reports/dip-sampling-figures';
import type { ReportData } from '../reports/report-data';
import { facts, heading, type CardElement } from './card-kit';

/** The report card's dip-sampling block; nothing when the report has no sampling figures or none were taken. */
export function dipSamplingSection(report: ReportData): CardElement[] {
  const figures = report.dipSampling;
  if (!figures || figures.sampled === 0) return [];
  return [{ ...heading('Dip-sampling'), separator: true }, facts(dipSamplingLines(figures))];
}
