import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(__dirname, '..', '..', 'test/fixtures');

/**
 * The profiling benches' typical posts: the texts of staff-posts.jsonl and the numbered dev sets (`staffOnly`: staff posts
 * alone, as bench:detect's typical posts are made), joined to about 140 characters each, PROFILE_POSTS of them (default
 * 20,000). One definition, so every speed tool times the same posts.
 */
export function profilePosts(staffOnly = false): string[] {
  const files = ['staff-posts.jsonl', ...(staffOnly ? [] : readdirSync(FIXTURES).filter((f) => /^detect-dev\d*-blind\.jsonl$/.test(f)))];
  const texts = files.flatMap((f) =>
    readFileSync(join(FIXTURES, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => String((JSON.parse(l) as { text: unknown }).text ?? '')),
  );
  const count = Number(process.env.PROFILE_POSTS ?? 20_000);
  const posts: string[] = [];
  for (let i = 0; posts.length < count; ) {
    let s = '';
    while (s.length < 140) s += (s ? ' ' : '') + texts[i++ % texts.length];
    posts.push(s);
  }
  return posts;
}
