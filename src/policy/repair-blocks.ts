import type { Block } from './read-blocks';

/**
 * Repairs the damage text extraction does to a policy, within one section's blocks:
 * - a sentence broken across a blank line is rejoined (a paragraph that stops without
 *   closing punctuation continues in the next paragraph);
 * - a line that lost its bullet marker is recognised as a bullet when it sits after a
 *   bullet and reads like a list item (indented, lower-case start, or ending in ';').
 * Both rules come from the bundled policy; they are deliberately narrow so well-formed
 * documents pass through untouched.
 */
const CLOSES_SENTENCE = /[.!?:;)"'”’]$/;

function isUnmarkedBullet(block: Block & { type: 'paragraph' }, previous: Block | undefined): boolean {
  if (previous?.type !== 'bullet') return false;
  return block.indented || /^[a-z]/.test(block.text) || /;$/.test(block.text);
}

export function repairBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (block.type !== 'paragraph') {
      out.push(block);
      continue;
    }
    if (previous?.type === 'paragraph' && !CLOSES_SENTENCE.test(previous.text)) {
      previous.text = `${previous.text} ${block.text}`;
      continue;
    }
    if (isUnmarkedBullet(block, previous)) {
      out.push({ type: 'bullet', text: block.text, line: block.line });
      continue;
    }
    out.push({ ...block });
  }
  return out;
}
