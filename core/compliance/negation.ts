import { clauseStart } from './text-units.js';

// A negator rules out the act it precedes in the same clause. 不让/不许/不准 are acts (barring), not negators;
// 不 before 还/付/履行 is the debtor's non-payment (a condition), not ours; 不间断, 不分昼夜 are frequency; 用不了几天,
// 少不了 are complements of the verb before them.
const ZH_NEGATOR =
  /(?<![要会能是可好用少免受])(?:请勿|切勿|勿|还没有?|尚未|暂未|不会|不得|不能|不可|不应|不要|绝不|决不|从不|从未|从来不|永远不|不再|并未|并不|没有|未曾|禁止|严禁|无权|不予|不接受|拒绝|一律不|不)(?![让许准还付缴交履归清给理动良少久断停止论管仅但过同足利法然间分])/g;
const EN_NEGATOR =
  /\b(?:nothing|at no time|will not|won't|haven't|hasn't|hadn't|have not|has not|shall not|never|do not|don't|does not|doesn't|did not|didn't|cannot|can't|may not|must not|not|no one|nobody|neither|nor|without|refuse to)\b/gi;
// A clause that is a condition on the debtor ("if you don't pay", "unless"): its negation is not ours.
const CONDITION = /(?:如果|如|若|倘若|假如|要是|再|一旦|只要)[^，,]{0,4}$|\b(?:if|unless|until|when)\b[^,]{0,20}$/i;
// How far before the act a negation reaches, in characters: about a dozen English words ("nothing in this letter
// suggests that you have committed any offence") or twenty Chinese ones.
const ZH_REACH = 32;
const EN_REACH = 64;
const EN_DEBTOR_ACT = /^\s*(?:pay|paid|settle|cleared|respond|reply|contact us|get in touch|call us|answer)/i;

/**
 * The act at `index` of `sentence` is ruled out by a negation before it in its clause ("我司不会停水停电",
 * "请勿将款项支付至任何个人账户", "we will never contact your employer"). A negation inside a condition on the
 * debtor ("再不还钱就…", "if you don't pay, we will …") is not one: the clause ends at 就 or the comma.
 */
export function isNegated(sentence: string, index: number): boolean {
  const start = clauseStart(sentence, index);
  const clause = sentence.slice(start, index);
  for (const re of [ZH_NEGATOR, EN_NEGATOR]) {
    re.lastIndex = 0;
    for (const m of clause.matchAll(re)) {
      const before = clause.slice(0, m.index);
      if (CONDITION.test(before)) continue;
      if (re === EN_NEGATOR && EN_DEBTOR_ACT.test(clause.slice(m.index + m[0].length))) continue;
      if (index - (start + m.index) > (re === EN_NEGATOR ? EN_REACH : ZH_REACH)) continue;
      return true;
    }
  }
  return false;
}

// A negation said by the writer ("we will not contact", "our staff never", 我司不会, 请勿) or a statement that a thing
// is not done ("names are never displayed"): not the debtor's ("you're not leaving this room", 你别想走).
const WRITER_NEGATOR_EN =
  /\b(?:we|i|our [a-z]+|the (?:firm|company|management|agent|landlord|council)|management|(?:nobody|no one) (?:from|at) [a-z]+)(?: [a-z]+)?\s+(?:will not|won't|shall not|never|do not|don't|does not|doesn't|did not|didn't|cannot|can't|may not|are not|aren't|have not|haven't|has not|hasn't|would never|will never)\b|^\s*(?:please )?(?:do not|don't|never)\b|\bnothing in\b|\bat no (?:time|point)\b/i;
const PASSIVE_NEGATION = /\b(?:is|are|was|were|will|shall)(?: be)? (?:never|not)(?: be)?(?: [a-z]+ly)?\s*$/i;
const WRITER_NEGATOR_ZH =
  /(?:我们|我司|本司|本公司|我方|本所|本物业|物业(?:公司|服务中心)?|我|本行)[^，。；]{0,6}(?:不会|不得|不能|不再|绝不|决不|从不|从未|并未|并不|没有|不予|无权|不|未)|请勿|切勿|(?:^|[，。；])勿|无需|不必|严禁/;

/**
 * The act at `index` is negated (isNegated) by the writer: "we will never contact your employer", 我司不会停水,
 * 请勿向个人账户付款. The learnt layer is cleared by these alone: in "you're not leaving this room until you pay" or
 * 不还钱你别想走 the negation is the threat.
 */
export function isNegatedByWriter(sentence: string, index: number): boolean {
  if (!isNegated(sentence, index)) return false;
  const before = sentence.slice(0, index);
  // A passive statement that a thing is not done: "names are never displayed", "will not be shared".
  const passive = PASSIVE_NEGATION.test(before) && /^[a-z]+(?:ed|wn|en)\b/i.test(sentence.slice(index));
  return passive || WRITER_NEGATOR_EN.test(before) || WRITER_NEGATOR_ZH.test(before);
}
