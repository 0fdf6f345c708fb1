import { dipSamplingLines, operationalLines } from '../reports/dip-sampling-figures';
import { hasMembershipActivity, membershipLines } from '../reports/membership-figures';
import type { ReportData } from '../reports/report-data';
import { facts, heading, type CardElement } from './card-kit';

/** The report card's blocks for the policy's own rules (dip-sampling, live-incident nudges); nothing where nothing happened. */
export function dipSamplingSection(report: ReportData): CardElement[] {
  const figures = report.dipSampling;
  const nudges = report.operationalNudges;
  const out: CardElement[] = [];
  if (figures && figures.sampled > 0) out.push({ ...heading('Dip-sampling'), separator: true }, facts(dipSamplingLines(figures)));
  if (nudges && nudges.nudged > 0) out.push({ ...heading('Live-incident and on-call posts'), separator: true }, facts(operationalLines(nudges)));
  if (hasMembershipActivity(report.membership)) out.push({ ...heading('External members and leavers'), separator: true }, facts(membershipLines(report.membership)));
  return out;
}
