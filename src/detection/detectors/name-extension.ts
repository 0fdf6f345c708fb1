/**
 * A name reached on an internal extension is a member of staff (dev set 13 round): extensions are the numbers of
 * desks inside the organisation, so "sign up with Jenny Walsh on extension 4471" or "ask Tom Price (ext 2210)"
 * names a colleague running an office matter, whereas the public are given with their own phone or address.
 * Read only in the few characters after the name, up to the extension word and its digits.
 */
const EXTENSION_AFTER = /^[^.!?\n\d]{0,16}?\b(?:on |at )?(?:ext(?:ension)?|x)\.? ?:? ?\d{3,5}\b/;

export function reachedOnExtension(lower: string, nameEnd: number): boolean {
  return EXTENSION_AFTER.test(lower.slice(nameEnd, nameEnd + 36));
}
