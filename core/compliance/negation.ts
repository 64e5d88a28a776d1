// A negation counts only when nothing between it and the words starts a new clause (就/则, a comma, "pay we …").
const ZH_NEGATION = /(不会|不得|绝不|决不|禁止|严禁|无权|不应)[^。；！？，,\n就则便]{0,6}$/;
const EN_NEGATION =
  /\b(will not|won't|never|do not|don't|does not|cannot|can't|may not|must not|not allowed to)\s+((?!pay\b|we\b|you\b|i\b)[\w-]+\s+){0,3}$/i;

/** The words sit in a clause that rules the act out ("我司不会停水停电", "we will never contact your employer"). */
export function isNegated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  return ZH_NEGATION.test(before) || EN_NEGATION.test(before);
}
