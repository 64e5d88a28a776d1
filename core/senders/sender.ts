import { z } from 'zod';
import type { LetterSettings } from '../letters/settings.js';
import { storedLogo } from '../settings/stored-logo.js';

const line = z.string().trim().min(1, { error: 'must not be empty' });
const SENDER_KINDS = ['creditor', 'law-firm'] as const;

/**
 * A letterhead a letter can go out under, kept in Settings (key `senders`): the creditor's own for a 催款函,
 * a law firm's (with the lawyer who signs and their 执业证号) for a 律师函. Each numbers its own 函号.
 */
export const senderShape = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected an id such as s1' }),
  kind: z.enum(SENDER_KINDS, { error: 'expected creditor or law-firm' }),
  name: line,
  /** Address lines printed under the name. */
  lines: z.array(line).max(6, { error: 'at most 6 address lines' }).default([]),
  phone: line.optional(),
  /** A law firm's lawyer who signs (律师法 第25条: the firm takes the instruction, a named lawyer acts). */
  lawyer: z.strictObject({ name: line, licenseNo: line.optional(), phone: line.optional() }).optional(),
  /** Printed before the year of each 函号: 申衡律函 → 申衡律函〔2026〕第019号. */
  prefix: z.string().trim().max(20, { error: 'at most 20 characters' }).optional(),
  /** The user's choice for letters of its kind when none is chosen: 催款函 for a creditor, 律师函 for a law firm. */
  default: z.literal(true, { error: 'expected true or nothing' }).optional(),
  /** Printed at the top of this sender's letters; uploaded on its own (`settings/sender-logo`). */
  logo: storedLogo.optional(),
});
export type Sender = z.output<typeof senderShape>;

export const sendersShape = z
  .array(senderShape)
  .max(20, { error: 'at most 20 senders' })
  .refine((list) => new Set(list.map((s) => s.id)).size === list.length, { error: 'each sender needs its own id' })
  .refine((list) => SENDER_KINDS.every((kind) => list.filter((s) => s.kind === kind && s.default).length <= 1), {
    error: 'at most one default sender of each kind',
  });

/** What a letter takes from its sender: the letterhead, and for a law firm the firm and the lawyer too. */
export function senderLetterSettings(sender: Sender): Pick<LetterSettings, 'letterhead' | 'firm' | 'lawyer' | 'sentBy'> {
  const letterhead = { name: sender.name, lines: sender.phone ? [...sender.lines, sender.phone] : sender.lines };
  if (sender.kind === 'creditor') return { letterhead, sentBy: 'creditor' };
  const address = sender.lines.join(' ');
  return {
    letterhead,
    sentBy: 'law-firm',
    firm: { name: sender.name, ...(address && { address }), ...(sender.phone && { phone: sender.phone }) },
    ...(sender.lawyer && { lawyer: sender.lawyer }),
  };
}

/**
 * The sender a letter starts with: of the kind the letter needs (a law firm for a 律师函, else the creditor's
 * own), the one the user marked as default, else the first of that kind.
 */
export function defaultSender(senders: readonly Sender[], requiredFields: readonly string[]): Sender | undefined {
  const kind = senderKindFor(requiredFields);
  return markedSender(senders, requiredFields) ?? senders.find((s) => s.kind === kind);
}

/** The sender the user marked as default for letters of the kind these fields need; none when none is marked. */
export function markedSender(senders: readonly Sender[], requiredFields: readonly string[]): Sender | undefined {
  const kind = senderKindFor(requiredFields);
  return senders.find((s) => s.kind === kind && s.default);
}

const senderKindFor = (requiredFields: readonly string[]): Sender['kind'] =>
  requiredFields.some((f) => f.startsWith('firm.')) ? 'law-firm' : 'creditor';
