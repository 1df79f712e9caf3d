/** Japanese personal names for demo members and contacts: kanji, katakana reading and romaji (for emails). */
import type { Random } from './random.js';

type NamePart = readonly [kanji: string, kana: string, romaji: string];

const FAMILY_NAMES: readonly NamePart[] = [
  ['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'],
  ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'],
  ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山田', 'ヤマダ', 'yamada'],
  ['佐々木', 'ササキ', 'sasaki'], ['山口', 'ヤマグチ', 'yamaguchi'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'],
  ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['斎藤', 'サイトウ', 'saito'], ['清水', 'シミズ', 'shimizu'],
  ['山崎', 'ヤマザキ', 'yamazaki'], ['森', 'モリ', 'mori'], ['池田', 'イケダ', 'ikeda'], ['橋本', 'ハシモト', 'hashimoto'],
  ['阿部', 'アベ', 'abe'], ['石川', 'イシカワ', 'ishikawa'], ['山下', 'ヤマシタ', 'yamashita'], ['中島', 'ナカジマ', 'nakajima'],
  ['石井', 'イシイ', 'ishii'], ['小川', 'オガワ', 'ogawa'], ['前田', 'マエダ', 'maeda'], ['岡田', 'オカダ', 'okada'],
  ['長谷川', 'ハセガワ', 'hasegawa'], ['藤田', 'フジタ', 'fujita'], ['後藤', 'ゴトウ', 'goto'], ['近藤', 'コンドウ', 'kondo'],
  ['村上', 'ムラカミ', 'murakami'], ['遠藤', 'エンドウ', 'endo'], ['青木', 'アオキ', 'aoki'], ['坂本', 'サカモト', 'sakamoto'],
  ['斉藤', 'サイトウ', 'saito'], ['福田', 'フクダ', 'fukuda'], ['太田', 'オオタ', 'ota'], ['西村', 'ニシムラ', 'nishimura'],
  ['藤井', 'フジイ', 'fujii'], ['金子', 'カネコ', 'kaneko'], ['岡本', 'オカモト', 'okamoto'], ['藤原', 'フジワラ', 'fujiwara'],
  ['中野', 'ナカノ', 'nakano'], ['三浦', 'ミウラ', 'miura'], ['原田', 'ハラダ', 'harada'], ['松田', 'マツダ', 'matsuda'],
  ['竹内', 'タケウチ', 'takeuchi'], ['小野', 'オノ', 'ono'], ['田村', 'タムラ', 'tamura'], ['中川', 'ナカガワ', 'nakagawa'],
  ['和田', 'ワダ', 'wada'], ['石田', 'イシダ', 'ishida'], ['森田', 'モリタ', 'morita'], ['上田', 'ウエダ', 'ueda'],
  ['原', 'ハラ', 'hara'], ['柴田', 'シバタ', 'shibata'], ['酒井', 'サカイ', 'sakai'], ['工藤', 'クドウ', 'kudo'],
  ['横山', 'ヨコヤマ', 'yokoyama'], ['宮崎', 'ミヤザキ', 'miyazaki'], ['宮本', 'ミヤモト', 'miyamoto'], ['内田', 'ウチダ', 'uchida'],
  ['高木', 'タカギ', 'takagi'], ['安藤', 'アンドウ', 'ando'], ['谷口', 'タニグチ', 'taniguchi'], ['大野', 'オオノ', 'ono'],
  ['丸山', 'マルヤマ', 'maruyama'], ['今井', 'イマイ', 'imai'], ['河野', 'コウノ', 'kono'], ['藤本', 'フジモト', 'fujimoto'],
];

const GIVEN_NAMES: readonly NamePart[] = [
  ['健太', 'ケンタ', 'kenta'], ['翔太', 'ショウタ', 'shota'], ['大輔', 'ダイスケ', 'daisuke'], ['拓也', 'タクヤ', 'takuya'],
  ['直樹', 'ナオキ', 'naoki'], ['誠', 'マコト', 'makoto'], ['浩二', 'コウジ', 'koji'], ['雄一', 'ユウイチ', 'yuichi'],
  ['隆', 'タカシ', 'takashi'], ['亮', 'リョウ', 'ryo'], ['大樹', 'ダイキ', 'daiki'], ['悠斗', 'ユウト', 'yuto'],
  ['和也', 'カズヤ', 'kazuya'], ['修', 'オサム', 'osamu'], ['博之', 'ヒロユキ', 'hiroyuki'], ['智之', 'トモユキ', 'tomoyuki'],
  ['健一', 'ケンイチ', 'kenichi'], ['秀樹', 'ヒデキ', 'hideki'], ['俊介', 'シュンスケ', 'shunsuke'], ['慎也', 'シンヤ', 'shinya'],
  ['陽介', 'ヨウスケ', 'yosuke'], ['圭', 'ケイ', 'kei'], ['達也', 'タツヤ', 'tatsuya'], ['正人', 'マサト', 'masato'],
  ['美咲', 'ミサキ', 'misaki'], ['陽子', 'ヨウコ', 'yoko'], ['恵', 'メグミ', 'megumi'], ['由美', 'ユミ', 'yumi'],
  ['真由美', 'マユミ', 'mayumi'], ['さくら', 'サクラ', 'sakura'], ['彩', 'アヤ', 'aya'], ['裕子', 'ユウコ', 'yuko'],
  ['直美', 'ナオミ', 'naomi'], ['麻衣', 'マイ', 'mai'], ['愛', 'アイ', 'ai'], ['千尋', 'チヒロ', 'chihiro'],
  ['優子', 'ユウコ', 'yuko'], ['香織', 'カオリ', 'kaori'], ['奈々', 'ナナ', 'nana'], ['理恵', 'リエ', 'rie'],
  ['美穂', 'ミホ', 'miho'], ['久美子', 'クミコ', 'kumiko'], ['智子', 'トモコ', 'tomoko'], ['結衣', 'ユイ', 'yui'],
  ['葵', 'アオイ', 'aoi'], ['明美', 'アケミ', 'akemi'], ['沙織', 'サオリ', 'saori'], ['瞳', 'ヒトミ', 'hitomi'],
];

export interface PersonName {
  /** '佐藤 健太' — family name first, as Japanese business records write it */
  name: string;
  reading: string;
  familyRomaji: string;
  givenRomaji: string;
}

export function pickPersonName(random: Random): PersonName {
  const [family, familyKana, familyRomaji] = random.pick(FAMILY_NAMES);
  const [given, givenKana, givenRomaji] = random.pick(GIVEN_NAMES);
  return { name: `${family} ${given}`, reading: `${familyKana} ${givenKana}`, familyRomaji, givenRomaji };
}
