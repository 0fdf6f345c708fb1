/**
 * Child process for flagged-spill.test.ts: opens a spill, stores a flagged version with post
 * text, prints the spill's folder, then waits to be interrupted ('wait') or fails ('throw').
 */
import { FlaggedSpill } from '../../src/cli/audit/flagged-spill';

const spill = new FlaggedSpill(process.argv[3]);
spill.append(0, { seq: 0, id: '1', threadId: '1', groupId: 'g', groupName: 'G', senderId: 's', createdAt: '', hits: [], text: 'ring 07700 900123' });
// Forces the write, so there is a file with text in it to remove.
for (const _ of spill.latest()) break;
process.stdout.write(`${spill.folder}\n`);
if (process.argv[2] === 'throw') setTimeout(() => { throw new Error('the audit failed'); }, 50);
else setInterval(() => undefined, 1000);
