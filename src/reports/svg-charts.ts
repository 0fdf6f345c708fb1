/**
 * Inline SVG charts for the self-contained HTML report (no scripts, no external assets, so
 * it prints and archives). Each chart is role="img" with a <title> and a <desc> listing the
 * values, so screen readers and text-only readers get the same numbers.
 */
import { escapeHtml } from './html-escape';
import { truncateGraphemes } from '../text/safe-text';

export interface ChartDatum {
  label: string;
  value: number;
}

/** Colour-blind-safe palette (Okabe-Ito); legends and labels carry the meaning too. */
export const CHART_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

function open(id: string, title: string, data: ChartDatum[], width: number, height: number): string {
  const desc = data.length === 0 ? 'No data.' : data.map((d) => `${d.label}: ${d.value}`).join('; ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `aria-labelledby="${id}-title ${id}-desc" aria-label="${escapeHtml(title)}">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>`
  );
}

function emptyNote(width: number, height: number): string {
  return `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="chart-empty">No data in this period</text>`;
}

export function barChartSvg(id: string, title: string, data: ChartDatum[]): string {
  const width = 560;
  const barArea = 180;
  const height = barArea + 80;
  const max = Math.max(0, ...data.map((d) => d.value));
  let body = '';
  if (max === 0) body = emptyNote(width, height);
  else {
    const slot = (width - 40) / data.length;
    const barWidth = Math.min(60, slot * 0.7);
    data.forEach((d, i) => {
      const h = Math.round((d.value / max) * barArea);
      const x = 20 + i * slot + (slot - barWidth) / 2;
      const y = 20 + barArea - h;
      const cx = x + barWidth / 2;
      body +=
        `<rect x="${x.toFixed(1)}" y="${y}" width="${barWidth.toFixed(1)}" height="${Math.max(h, 1)}" fill="${CHART_COLOURS[i % CHART_COLOURS.length]}"/>` +
        `<text x="${cx.toFixed(1)}" y="${y - 4}" text-anchor="middle" class="chart-value">${d.value}</text>` +
        `<text x="${cx.toFixed(1)}" y="${20 + barArea + 16}" text-anchor="middle" class="chart-label">${escapeHtml(truncate(d.label, 14))}</text>`;
    });
    body += `<line x1="20" y1="${20 + barArea}" x2="${width - 20}" y2="${20 + barArea}" stroke="#444"/>`;
  }
  return `${open(id, title, data, width, height)}${body}</svg>`;
}

export function donutChartSvg(id: string, title: string, data: ChartDatum[]): string {
  const width = 560;
  const height = 240;
  const cx = 120;
  const cy = 120;
  const r = 90;
  const stroke = 36;
  const circumference = 2 * Math.PI * r;
  const slices = data.filter((d) => d.value > 0);
  const total = slices.reduce((sum, d) => sum + d.value, 0);
  let body = '';
  if (total === 0) body = emptyNote(width, height);
  else {
    // Each slice is a dashed circle stroke rotated to its start: exact arcs without path maths.
    let offset = 0;
    slices.forEach((d, i) => {
      const length = (d.value / total) * circumference;
      body +=
        `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${CHART_COLOURS[i % CHART_COLOURS.length]}" stroke-width="${stroke}" ` +
        `stroke-dasharray="${length.toFixed(2)} ${(circumference - length).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}" ` +
        `transform="rotate(-90 ${cx} ${cy})"/>`;
      offset += length;
    });
    body += `<text x="${cx}" y="${cy + 6}" text-anchor="middle" class="chart-total">${total}</text>`;
    slices.forEach((d, i) => {
      const y = 30 + i * 24;
      body +=
        `<rect x="260" y="${y - 12}" width="14" height="14" fill="${CHART_COLOURS[i % CHART_COLOURS.length]}"/>` +
        `<text x="282" y="${y}" class="chart-label">${escapeHtml(d.label)}: ${d.value} (${Math.round((d.value / total) * 100)}%)</text>`;
    });
  }
  return `${open(id, title, data, width, height)}${body}</svg>`;
}

export function lineChartSvg(id: string, title: string, data: ChartDatum[]): string {
  const width = 560;
  const plotHeight = 160;
  const height = plotHeight + 70;
  const max = Math.max(0, ...data.map((d) => d.value));
  let body = '';
  if (data.length === 0) body = emptyNote(width, height);
  else {
    const left = 40;
    const right = width - 20;
    const step = data.length > 1 ? (right - left) / (data.length - 1) : 0;
    const y = (v: number) => 20 + plotHeight - (max === 0 ? 0 : (v / max) * plotHeight);
    const points = data.map((d, i) => `${(left + i * step).toFixed(1)},${y(d.value).toFixed(1)}`);
    body +=
      `<line x1="${left}" y1="${20 + plotHeight}" x2="${right}" y2="${20 + plotHeight}" stroke="#444"/>` +
      `<text x="${left - 6}" y="${24}" text-anchor="end" class="chart-label">${max}</text>` +
      `<text x="${left - 6}" y="${20 + plotHeight}" text-anchor="end" class="chart-label">0</text>` +
      `<polyline points="${points.join(' ')}" fill="none" stroke="${CHART_COLOURS[0]}" stroke-width="2.5"/>` +
      points.map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${CHART_COLOURS[0]}"/>`).join('');
    // Label first, last and (if many days) a few in between, so labels never overlap.
    const every = Math.max(1, Math.ceil(data.length / 7));
    data.forEach((d, i) => {
      if (i % every !== 0 && i !== data.length - 1) return;
      body += `<text x="${(left + i * step).toFixed(1)}" y="${20 + plotHeight + 18}" text-anchor="middle" class="chart-label">${escapeHtml(d.label.slice(5))}</text>`;
    });
  }
  return `${open(id, title, data, width, height)}${body}</svg>`;
}

function truncate(text: string, max: number): string {
  return truncateGraphemes(text, max);
}
