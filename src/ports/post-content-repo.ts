/** Post content port: the only place raw post text is kept (purged by retention). */
export interface PostContent {
  flagId: string;
  text: string;
  fileNames: string[];
  createdAt: Date;
}
export interface PostContentRepo {
  /** Upsert (an edit replaces the text). */
  put(flagId: string, content: { text: string; fileNames?: string[] }, at?: Date): Promise<void>;
  get(flagId: string): Promise<PostContent | undefined>;
  /** Deletes content created before `date`; returns how many rows went. */
  purgeOlderThan(date: Date): Promise<number>;
}
