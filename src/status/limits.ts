/**
 * Length limits. A topic is a short phrase ("the new rota for response"), so 200 characters is
 * plenty and keeps suggestions near the 150 cap; a draft status may be a full sentence or two,
 * so 280 (a familiar microblog length) is allowed for checks.
 */
export const TOPIC_MAX_LENGTH = 200;
export const DRAFT_MAX_LENGTH = 280;
/** Every suggestion must be strictly shorter than this. */
export const SUGGESTION_MAX_LENGTH = 150;
