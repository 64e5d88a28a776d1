/**
 * The fee schedules of 诉讼费用交纳办法 (国务院令第481号, 2006-12-19) as data: each band charges a rate on the part
 * of the amount above the previous band's top, in ten-thousandths (basis points), amounts in cents.
 */
export interface FeeBand {
  /** The band ends at this amount (cents); null for the last band. */
  upTo: bigint | null;
  /** Rate on the part of the amount inside this band, in basis points (2.5% = 250). */
  basisPoints: bigint;
}

export interface FeeSchedule {
  /** The fee for an amount at or under the first band's top (cents). */
  minimum: bigint;
  /** The first band's top: the minimum covers everything up to it (cents). */
  minimumUpTo: bigint;
  bands: readonly FeeBand[];
  /** The most the fee can be (cents), where the article caps it. */
  cap?: bigint;
}

const YUAN = 100n;

/** 第13条 第1项: 财产案件受理费, accumulated by band. */
export const CASE_FEE: FeeSchedule = {
  minimum: 50n * YUAN,
  minimumUpTo: 10_000n * YUAN,
  bands: [
    { upTo: 100_000n * YUAN, basisPoints: 250n },
    { upTo: 200_000n * YUAN, basisPoints: 200n },
    { upTo: 500_000n * YUAN, basisPoints: 150n },
    { upTo: 1_000_000n * YUAN, basisPoints: 100n },
    { upTo: 2_000_000n * YUAN, basisPoints: 90n },
    { upTo: 5_000_000n * YUAN, basisPoints: 80n },
    { upTo: 10_000_000n * YUAN, basisPoints: 70n },
    { upTo: 20_000_000n * YUAN, basisPoints: 60n },
    { upTo: null, basisPoints: 50n },
  ],
};

/** 第14条 第1项 第2目: 申请执行费 where there is an amount to enforce. */
export const ENFORCEMENT_FEE: FeeSchedule = {
  minimum: 50n * YUAN,
  minimumUpTo: 10_000n * YUAN,
  bands: [
    { upTo: 500_000n * YUAN, basisPoints: 150n },
    { upTo: 5_000_000n * YUAN, basisPoints: 100n },
    { upTo: 10_000_000n * YUAN, basisPoints: 50n },
    { upTo: null, basisPoints: 10n },
  ],
};

/** 第14条 第2项: 申请保全 by the property preserved, never more than 5,000 元. */
export const PRESERVATION_FEE: FeeSchedule = {
  minimum: 30n * YUAN,
  minimumUpTo: 1_000n * YUAN,
  bands: [
    { upTo: 100_000n * YUAN, basisPoints: 100n },
    { upTo: null, basisPoints: 50n },
  ],
  cap: 5_000n * YUAN,
};
