/**
 * Customer company names built from parts, each with its katakana reading and a romaji stem
 * for the email domain. Japanese names carry their legal form before (前株) or after (後株)
 * the name; the reading leaves the legal form out, as Japanese CRMs do, so lists sort by the
 * name people say. Some customers are Japanese arms of foreign firms ("Acme Logistics KK").
 */
import type { Industry } from './catalog.js';
import type { Random } from './random.js';

type Part = readonly [text: string, kana: string, romaji: string];

const JAPANESE_CORES: readonly Part[] = [
  ['山田', 'ヤマダ', 'yamada'], ['青葉', 'アオバ', 'aoba'], ['大和', 'ヤマト', 'yamato'], ['東邦', 'トウホウ', 'toho'],
  ['富士', 'フジ', 'fuji'], ['三和', 'サンワ', 'sanwa'], ['中央', 'チュウオウ', 'chuo'], ['北斗', 'ホクト', 'hokuto'],
  ['朝日', 'アサヒ', 'asahi'], ['平和', 'ヘイワ', 'heiwa'], ['東洋', 'トウヨウ', 'toyo'], ['瑞穂', 'ミズホ', 'mizuho'],
  ['若葉', 'ワカバ', 'wakaba'], ['白鷺', 'シラサギ', 'shirasagi'], ['桜井', 'サクライ', 'sakurai'], ['丸和', 'マルワ', 'maruwa'],
  ['日進', 'ニッシン', 'nisshin'], ['協和', 'キョウワ', 'kyowa'], ['光陽', 'コウヨウ', 'koyo'], ['新星', 'シンセイ', 'shinsei'],
  ['松風', 'マツカゼ', 'matsukaze'], ['藤和', 'トウワ', 'towa'], ['北陸', 'ホクリク', 'hokuriku'], ['西日本', 'ニシニホン', 'nishinihon'],
  ['港北', 'コウホク', 'kohoku'], ['湘南', 'ショウナン', 'shonan'], ['千代田', 'チヨダ', 'chiyoda'], ['大成', 'タイセイ', 'taisei'],
  ['三葉', 'ミツバ', 'mitsuba'], ['菱和', 'リョウワ', 'ryowa'], ['昭栄', 'ショウエイ', 'shoei'], ['共栄', 'キョウエイ', 'kyoei'],
  ['旭光', 'キョッコウ', 'kyokko'], ['信濃', 'シナノ', 'shinano'], ['筑紫', 'ツクシ', 'tsukushi'], ['浪速', 'ナニワ', 'naniwa'],
  ['高砂', 'タカサゴ', 'takasago'], ['常盤', 'トキワ', 'tokiwa'], ['あおぞら', 'アオゾラ', 'aozora'], ['みらい', 'ミライ', 'mirai'],
  ['ひかり', 'ヒカリ', 'hikari'], ['さくら', 'サクラ', 'sakura'], ['すずらん', 'スズラン', 'suzuran'], ['ミナト', 'ミナト', 'minato'],
  ['アルファ', 'アルファ', 'alpha'], ['ネクスト', 'ネクスト', 'next'], ['グローバル', 'グローバル', 'global'], ['ユニオン', 'ユニオン', 'union'],
];

const JAPANESE_SUFFIXES: Record<Industry, readonly Part[]> = {
  製造: [['製作所', 'セイサクショ', 'mfg'], ['工業', 'コウギョウ', 'kogyo'], ['電機', 'デンキ', 'denki'], ['精機', 'セイキ', 'seiki'], ['化学', 'カガク', 'chem']],
  'IT・通信': [['テック', 'テック', 'tech'], ['システムズ', 'システムズ', 'systems'], ['ソリューションズ', 'ソリューションズ', 'solutions'], ['ネットワークス', 'ネットワークス', 'networks'], ['ソフト', 'ソフト', 'soft']],
  小売: [['商店', 'ショウテン', 'shoten'], ['ストア', 'ストア', 'store'], ['商事', 'ショウジ', 'shoji'], ['マート', 'マート', 'mart'], ['百貨店', 'ヒャッカテン', 'dept']],
  金融: [['ファイナンス', 'ファイナンス', 'finance'], ['証券', 'ショウケン', 'sec'], ['キャピタル', 'キャピタル', 'capital'], ['リース', 'リース', 'lease'], ['損害保険', 'ソンガイホケン', 'insurance']],
  医療: [['メディカル', 'メディカル', 'medical'], ['薬品', 'ヤクヒン', 'pharma'], ['ヘルスケア', 'ヘルスケア', 'healthcare'], ['医療器', 'イリョウキ', 'iryoki']],
  物流: [['物流', 'ブツリュウ', 'butsuryu'], ['運輸', 'ウンユ', 'unyu'], ['ロジスティクス', 'ロジスティクス', 'logistics'], ['倉庫', 'ソウコ', 'soko'], ['エクスプレス', 'エクスプレス', 'express']],
  不動産: [['不動産', 'フドウサン', 'fudosan'], ['地所', 'ジショ', 'jisho'], ['ホーム', 'ホーム', 'home'], ['エステート', 'エステート', 'estate']],
  教育: [['エデュケーション', 'エデュケーション', 'edu'], ['ゼミナール', 'ゼミナール', 'seminar'], ['教育センター', 'キョウイクセンター', 'kyoiku'], ['ラーニング', 'ラーニング', 'learning']],
  人材: [['キャリア', 'キャリア', 'career'], ['スタッフサービス', 'スタッフサービス', 'staff'], ['エージェント', 'エージェント', 'agent'], ['人材センター', 'ジンザイセンター', 'jinzai']],
  建設: [['建設', 'ケンセツ', 'kensetsu'], ['工務店', 'コウムテン', 'komuten'], ['組', 'グミ', 'gumi'], ['設備', 'セツビ', 'setsubi']],
  サービス: [['サービス', 'サービス', 'service'], ['ビジネスサポート', 'ビジネスサポート', 'bizsupport'], ['フーズ', 'フーズ', 'foods'], ['トラベル', 'トラベル', 'travel']],
};

const ENGLISH_CORES: readonly Part[] = [
  ['Acme', 'アクメ', 'acme'], ['Northwind', 'ノースウィンド', 'northwind'], ['Bluebird', 'ブルーバード', 'bluebird'],
  ['Summit', 'サミット', 'summit'], ['Pacific', 'パシフィック', 'pacific'], ['Orion', 'オリオン', 'orion'],
  ['Vertex', 'バーテックス', 'vertex'], ['Harbor', 'ハーバー', 'harbor'], ['Crescent', 'クレセント', 'crescent'],
  ['Evergreen', 'エバーグリーン', 'evergreen'], ['Lumen', 'ルーメン', 'lumen'], ['Granite', 'グラナイト', 'granite'],
  ['Redwood', 'レッドウッド', 'redwood'], ['Silverline', 'シルバーライン', 'silverline'], ['Atlas', 'アトラス', 'atlas'],
];

const ENGLISH_SUFFIXES: Record<Industry, readonly Part[]> = {
  製造: [['Manufacturing', 'マニュファクチャリング', 'mfg'], ['Industries', 'インダストリーズ', 'industries']],
  'IT・通信': [['Systems', 'システムズ', 'systems'], ['Technologies', 'テクノロジーズ', 'tech'], ['Networks', 'ネットワークス', 'networks']],
  小売: [['Retail', 'リテール', 'retail'], ['Brands', 'ブランズ', 'brands']],
  金融: [['Capital', 'キャピタル', 'capital'], ['Financial', 'フィナンシャル', 'financial']],
  医療: [['Health', 'ヘルス', 'health'], ['Medical', 'メディカル', 'medical']],
  物流: [['Logistics', 'ロジスティクス', 'logistics'], ['Freight', 'フレイト', 'freight']],
  不動産: [['Realty', 'リアルティ', 'realty'], ['Properties', 'プロパティーズ', 'properties']],
  教育: [['Learning', 'ラーニング', 'learning'], ['Academy', 'アカデミー', 'academy']],
  人材: [['Staffing', 'スタッフィング', 'staffing'], ['Talent', 'タレント', 'talent']],
  建設: [['Engineering', 'エンジニアリング', 'engineering'], ['Construction', 'コンストラクション', 'construction']],
  サービス: [['Services', 'サービシーズ', 'services'], ['Foods', 'フーズ', 'foods']],
};

const ENGLISH_FORMS = [' KK', ' K.K.', ' Japan K.K.', ' Japan G.K.', ' Japan'] as const;

export interface CompanyName {
  name: string;
  reading: string;
  /** romaji stem of the email domain, e.g. 'yamada-shoji' */
  domainStem: string;
  foreign: boolean;
}

/** A Japanese company name: mostly 株式会社, before or after the name; a few 有限会社 or 合同会社. */
export function japaneseCompanyName(random: Random, industry: Industry): CompanyName {
  const [core, coreKana, coreRomaji] = random.pick(JAPANESE_CORES);
  const [suffix, suffixKana, suffixRomaji] = random.pick(JAPANESE_SUFFIXES[industry]);
  const body = `${core}${suffix}`;
  const form = random.weighted([['株式会社', 90], ['有限会社', 5], ['合同会社', 5]] as const);
  const name = random.chance(0.55) ? `${form}${body}` : `${body}${form}`;
  return { name, reading: `${coreKana}${suffixKana}`, domainStem: `${coreRomaji}-${suffixRomaji}`, foreign: false };
}

/** The Japanese subsidiary of a foreign company, named in English. */
export function englishCompanyName(random: Random, industry: Industry): CompanyName {
  const [core, coreKana, coreRomaji] = random.pick(ENGLISH_CORES);
  const [suffix, suffixKana, suffixRomaji] = random.pick(ENGLISH_SUFFIXES[industry]);
  const form = random.pick(ENGLISH_FORMS);
  return {
    name: `${core} ${suffix}${form}`,
    reading: `${coreKana}${suffixKana}`,
    domainStem: `${coreRomaji}-${suffixRomaji}`,
    foreign: true,
  };
}
