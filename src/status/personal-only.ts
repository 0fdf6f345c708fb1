import type { Scanner, StatusDeps } from './types';

/**
 * Status checks are about personal information and files. The scanner also reports
 * post-level policy matters (operational_use: live-incident traffic) that say nothing about a
 * status, so those findings are dropped here, once, for every status use case.
 */
export function personalOnly(deps: StatusDeps): StatusDeps {
  const scanner: Scanner = { scan: (post) => deps.scanner.scan(post).filter((finding) => finding.type !== 'operational_use') };
  return { ...deps, scanner };
}
