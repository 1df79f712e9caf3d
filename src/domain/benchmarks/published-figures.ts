/**
 * Published benchmark figures Kizuna places a workspace on (SPEC §3.11; reference/metrics.md,
 * "Published benchmark bands"), each with its source and year. Rates are fractions; money
 * bands are in major units of their currency. A share of null means the source gives none
 * for that band; a `derived` share is computed from the published ones (100% minus the rest).
 */
export interface Text {
  ja: string;
  en: string;
}

export interface Source {
  id: string;
  name: Text;
  year: number;
  region: 'JP' | 'US' | 'global';
}

export interface Band {
  key: string;
  /** inclusive lower bound; null = no lower bound */
  min: number | null;
  /** exclusive upper bound; null = no upper bound */
  max: number | null;
  /** share of surveyed companies in the band, or null when not published */
  share: number | null;
  derived?: boolean;
  mostCommon?: boolean;
  label: Text;
}

export interface BandDistribution {
  id: string;
  unit: 'rate' | 'money';
  currency?: string;
  source: Source;
  bands: Band[];
  note?: Text;
}

export const SOURCES = {
  hiCustomer2023: { id: 'hicustomer-2023', name: { ja: 'HiCustomer カスタマーサクセス白書2023', en: 'HiCustomer, Customer Success White Paper 2023' }, year: 2023, region: 'JP' },
  cspi2018: { id: 'cspi-2018', name: { ja: 'Success Lab / The Success League CSPIベンチマーク2018（日本速報）', en: 'Success Lab / The Success League, CS performance index benchmark 2018 (Japan preliminary)' }, year: 2018, region: 'global' },
  oneCapital2020: { id: 'one-capital-2020', name: { ja: 'One Capital 国内上場SaaS IRデータ 2020', en: 'One Capital, listed Japanese SaaS IR data 2020' }, year: 2020, region: 'JP' },
  saasCapital2023: { id: 'saas-capital-2023', name: { ja: 'SaaS Capital 2023（非上場B2B SaaS）', en: 'SaaS Capital 2023 (private B2B SaaS)' }, year: 2023, region: 'US' },
  keyBanc2016: { id: 'keybanc-2016', name: { ja: 'KeyBanc (Pacific Crest) SaaS調査 2016', en: 'KeyBanc (Pacific Crest) SaaS survey 2016' }, year: 2016, region: 'US' },
  quickRatioHeuristic: { id: 'quick-ratio-heuristic', name: { ja: 'ベンチャー投資で広く使われる目安', en: 'a widely used venture heuristic' }, year: 2015, region: 'global' },
} as const satisfies Record<string, Source>;

const pct = (n: number) => n / 100;

export const MONTHLY_REVENUE_CHURN_JP: BandDistribution = {
  id: 'hicustomer-2023-monthly-revenue-churn', unit: 'rate', source: SOURCES.hiCustomer2023,
  bands: [
    { key: 'lt2', min: null, max: pct(2), share: pct(50.0), mostCommon: true, label: { ja: '2%未満', en: 'under 2%' } },
    { key: '2to6', min: pct(2), max: pct(6), share: pct(25.7), derived: true, label: { ja: '2%以上6%未満', en: '2% to under 6%' } },
    { key: 'ge6', min: pct(6), max: null, share: pct(24.3), label: { ja: '6%以上', en: '6% or more' } },
  ],
  note: { ja: '2〜6%の割合は公表値（50.0%と24.3%）の残りとして算出', en: 'the 2–6% share is the remainder of the published 50.0% and 24.3%' },
};

export const NRR_JP: BandDistribution = {
  id: 'hicustomer-2023-nrr', unit: 'rate', source: SOURCES.hiCustomer2023,
  bands: [
    { key: 'lt90', min: null, max: pct(90), share: null, label: { ja: '90%未満', en: 'under 90%' } },
    { key: '90to100', min: pct(90), max: pct(100), share: pct(46.9), mostCommon: true, label: { ja: '90%以上100%未満', en: '90% to under 100%' } },
    { key: '100to120', min: pct(100), max: pct(120), share: null, label: { ja: '100%以上120%未満', en: '100% to under 120%' } },
    { key: 'ge120', min: pct(120), max: null, share: pct(25.0), label: { ja: '120%以上（世界的な目安）', en: '120% or more (the usual global bar)' } },
  ],
  note: { ja: '90%未満と100〜120%は合わせて28.1%（内訳は非公表）', en: 'under 90% and 100–120% together hold 28.1% (not broken down)' },
};

/** Kizuna's yen ACV bands around the one HiCustomer publishes (¥130k–600k, i.e. MRR ¥10k–50k). */
export const ACV_JP: BandDistribution = {
  id: 'hicustomer-2023-acv', unit: 'money', currency: 'JPY', source: SOURCES.hiCustomer2023,
  bands: [
    { key: 'lt130k', min: null, max: 130_000, share: null, label: { ja: '13万円未満', en: 'under ¥130k' } },
    { key: '130kto600k', min: 130_000, max: 600_000, share: pct(27.1), mostCommon: true, label: { ja: '13万〜60万円（MRR 1万〜5万円）', en: '¥130k–600k (MRR ¥10k–50k)' } },
    { key: '600kto1.2m', min: 600_000, max: 1_200_000, share: null, label: { ja: '60万〜120万円', en: '¥600k–1.2M' } },
    { key: '1.2mto6m', min: 1_200_000, max: 6_000_000, share: null, label: { ja: '120万〜600万円', en: '¥1.2M–6M' } },
    { key: 'ge6m', min: 6_000_000, max: null, share: null, label: { ja: '600万円以上', en: '¥6M or more' } },
  ],
  note: { ja: '13万〜60万円以外の帯の区切りはKizunaの設定（白書は最多帯のみ公表）', en: 'band edges other than ¥130k–600k are Kizuna\'s (the white paper publishes the most common band only)' },
};

/** SaaS Capital's ACV bands (USD) with the median NRR and GRR of each. */
export const SAAS_CAPITAL_BY_ACV = [
  { key: 'lt12k', min: null, max: 12_000, nrr: pct(100), grr: pct(90), label: { ja: '$12k未満', en: 'under $12k' } },
  { key: '12kto25k', min: 12_000, max: 25_000, nrr: pct(102), grr: pct(90), label: { ja: '$12k〜25k', en: '$12k–25k' } },
  { key: '25kto50k', min: 25_000, max: 50_000, nrr: pct(103), grr: pct(92), label: { ja: '$25k〜50k', en: '$25k–50k' } },
  { key: '50kto100k', min: 50_000, max: 100_000, nrr: pct(105), grr: pct(93), label: { ja: '$50k〜100k', en: '$50k–100k' } },
  { key: '100kto250k', min: 100_000, max: 250_000, nrr: pct(107), grr: pct(93), label: { ja: '$100k〜250k', en: '$100k–250k' } },
  { key: 'ge250k', min: 250_000, max: null, nrr: pct(110), grr: pct(93), label: { ja: '$250k以上', en: 'over $250k' } },
] as const;
export const SAAS_CAPITAL_OVERALL_NRR = pct(102);

export const NRR_AVERAGES_2018 = [
  { key: 'japan', value: pct(109), label: { ja: '日本企業平均', en: 'Japanese companies, average' } },
  { key: 'us', value: pct(117), label: { ja: '米国企業平均', en: 'US companies, average' } },
  { key: 'private_saas', value: pct(101), label: { ja: '非上場SaaS平均', en: 'private SaaS, average' } },
] as const;

/** One Capital 2020: listed Japanese SaaS monthly gross revenue churn mostly under 1% (0.16%–1.7%). */
export const LISTED_JP_MONTHLY_CHURN = { typicalMax: pct(1), low: pct(0.16), high: pct(1.7) } as const;

/** KeyBanc 2016: median annual logo churn 10%; gross dollar churn about 8%. */
export const KEYBANC_ANNUAL = { logoChurn: pct(10), grossDollarChurn: pct(8) } as const;

/** Quick ratio: above 4 strong growth; below 2 too much churn. */
export const QUICK_RATIO_BARS = { strong: 4, weak: 2 } as const;

/** CSPI 2018 (about 200 companies): the average CS maturity index out of 800 (SPEC §3.10; reference/metrics.md). */
export const MATURITY_INDEX_2018 = {
  source: SOURCES.cspi2018,
  max: 800,
  companies: 200,
  averages: [
    { key: 'japan', value: 289, label: { ja: '日本の参加企業平均', en: 'Japanese participants, average' } },
    { key: 'other', value: 330, label: { ja: '日本以外の参加企業平均', en: 'Participants in other countries, average' } },
  ],
} as const;

/**
 * HiCustomer 2023 on the sales → CS handoff (SPEC §3.7): 38.5% of CS people find handoffs
 * insufficient; 63.3% of companies with insufficient handoffs have monthly revenue churn of 2% or
 * more, 1.7× the share among those with sufficient handoffs; 60% of companies with sufficient
 * handoffs have NRR of 100% or more, 1.4× the share among the others. The other side of each
 * comparison is derived (63.3% ÷ 1.7 ≈ 37.2%, 60% ÷ 1.4 ≈ 42.9%); the white paper gives the ratios.
 * The information gaps (points between what CS wants and gets): goals/KPIs 23.5, decision maker
 * 20.8, other stakeholders 19.3 — the weights of domain/handoffs/completeness.ts follow them.
 */
export const HANDOFF_OUTCOMES_2023 = {
  source: SOURCES.hiCustomer2023,
  insufficientShareOfCs: pct(38.5),
  churnAtLeast2PctMonthly: { insufficient: pct(63.3), ratio: 1.7, sufficient: pct(63.3) / 1.7, sufficientDerived: true },
  nrrAtLeast100Pct: { sufficient: pct(60), ratio: 1.4, insufficient: pct(60) / 1.4, insufficientDerived: true },
  gapPoints: { goals: 23.5, decisionMaker: 20.8, stakeholders: 19.3 },
} as const;
