/**
 * What the demo's customers ask for and complain about: the VOC items the CS team has filed
 * (title, product areas, request or pain) with a few ways customers put each one in their own
 * words. The survey generator writes these quotes into free-text answers (pains into
 * "what was the trouble?", requests into "requests and ideas", both into an NPS pulse's
 * "why?"), and the VOC generator links them back as mentions, so every quote on an item is an
 * answer or a note that really exists. `weight` is how often customers bring it up.
 */
import type { VocKind } from '../voc/status.js';

export interface VocTopic {
  key: string;
  title: string;
  description: string;
  areas: readonly string[];
  kind: VocKind;
  weight: number;
  quotes: readonly string[];
}

export const VOC_TOPICS: readonly VocTopic[] = [
  {
    key: 'report_dashboard', kind: 'request', weight: 9, areas: ['レポート'],
    title: 'ダッシュボードを部署ごとにカスタマイズしたい',
    description: '見る指標が部署・役職で異なるため、表示項目やグラフを利用者側で組み替えたいという要望。',
    quotes: [
      '部署ごとに見たい指標が違うので、ダッシュボードを自由に組み替えられるようにしてほしいです。',
      '役員向けと現場向けでダッシュボードを分けたい。今は同じ画面を見せるしかなく不便です。',
      'グラフの種類と表示項目を自分たちで選べると、会議資料をそのまま作れて助かります。',
    ],
  },
  {
    key: 'report_schedule', kind: 'request', weight: 6, areas: ['レポート', '通知'],
    title: 'レポートを定期的に自動送信したい',
    description: '週次・月次のレポートを指定の宛先にメールやPDFで自動配信する機能。',
    quotes: [
      '毎週月曜の朝に週次レポートをメールで自動送信してほしい。',
      '月次の集計を毎回手でExcelに出力しているので、定期的に自動で届く仕組みがほしいです。',
      '指定した宛先にPDFでレポートを定期配信できれば、上長への報告が楽になります。',
    ],
  },
  {
    key: 'report_slow', kind: 'pain', weight: 7, areas: ['レポート'],
    title: '期間の長いレポートの表示が遅い',
    description: '1年分など大量のデータを集計すると表示に時間がかかり、タイムアウトすることもある。',
    quotes: [
      '1年分のデータでレポートを開くと表示まで1分近くかかり、会議中に待たされた。',
      '月末に集計画面がとても重くなり、タイムアウトすることもあった。',
      '期間を長く取るとレポートが固まってしまい、結局Excelで集計し直した。',
    ],
  },
  {
    key: 'report_excel', kind: 'request', weight: 4, areas: ['レポート', 'データ取込'],
    title: 'Excel出力で書式と日付形式を保ちたい',
    description: '出力したファイルの列幅・書式が崩れる、日付が文字列になるといった不満への対応。',
    quotes: [
      'Excel出力したときに列幅や書式が崩れないようにしてほしい。',
      'CSVではなく、書式付きのExcelでそのまま出力できると助かります。',
      '出力したファイルの日付が文字列になってしまうので、Excelで日付として扱える形式にしてほしい。',
    ],
  },
  {
    key: 'report_target', kind: 'request', weight: 3, areas: ['レポート'],
    title: '目標と実績を比較するグラフ（予実管理）',
    description: '目標値と実績、前年同月比を並べて見られる標準レポートの追加。',
    quotes: [
      '目標と実績を並べたグラフを標準で用意してほしい。',
      '予実管理のレポートがあると、経営会議にそのまま出せるので助かります。',
      '前年同月比が一目で分かる表示がほしいです。',
    ],
  },
  {
    key: 'int_salesforce', kind: 'request', weight: 7, areas: ['連携/API'],
    title: 'Salesforceと双方向に同期したい',
    description: '営業がSalesforce、CSが絆クラウドを使うため、取引先・商談情報の二重入力をなくしたい。',
    quotes: [
      'Salesforceの商談情報と双方向で同期できるようにしてほしいです。',
      '営業はSalesforce、私たちは絆クラウドなので、二重入力をなくしたい。',
      'SFDCの取引先と自動で紐づけられると、部門間の情報共有がかなり楽になります。',
    ],
  },
  {
    key: 'int_chat', kind: 'request', weight: 10, areas: ['連携/API', '通知'],
    title: 'Slack・Teamsに通知を送りたい',
    description: '承認依頼や更新をメールではなく社内チャット（Slack / Microsoft Teams）に流したい。',
    quotes: [
      '承認依頼をTeamsにも通知してほしい。メールだと見落としてしまう。',
      'Slackのチャンネルに更新情報を流せるようにしてほしいです。',
      '社内の連絡はほぼTeamsなので、Teams連携があるともっと定着すると思います。',
    ],
  },
  {
    key: 'int_api_errors', kind: 'pain', weight: 5, areas: ['連携/API'],
    title: 'API連携が上限到達や不明なエラーで止まる',
    description: '夜間バッチで呼び出し上限に達する、エラーメッセージから原因が分からない。',
    quotes: [
      '夜間バッチでAPIの上限に達してしまい、データ連携が途中で止まった。',
      'API連携が時々エラーになり、原因の切り分けに時間がかかった。',
      'APIのエラーメッセージが分かりにくく、どこを直せばよいか分からなかった。',
    ],
  },
  {
    key: 'int_accounting', kind: 'request', weight: 4, areas: ['連携/API', '請求'],
    title: '会計・基幹システムとの標準連携',
    description: 'freee、マネーフォワード、勘定奉行などの会計システムや基幹システムとの連携。',
    quotes: [
      'freeeやマネーフォワードなどの会計システムと連携してほしい。',
      '基幹システムとのデータ連携を標準機能で用意してほしいです。',
      '勘定奉行と連携できれば、経理部門でも使ってもらえると思う。',
    ],
  },
  {
    key: 'perm_fields', kind: 'request', weight: 6, areas: ['権限管理'],
    title: '項目単位で閲覧・編集権限を設定したい',
    description: '金額など一部の項目を特定のメンバーや協力会社に見せないようにしたい。',
    quotes: [
      '金額の項目だけ一部のメンバーに見せないようにしたい。',
      '項目ごとに閲覧・編集の権限を設定できるようにしてほしいです。',
      '協力会社のメンバーには一部の情報だけ見せたいのですが、今の権限設定では難しいです。',
    ],
  },
  {
    key: 'perm_sso', kind: 'request', weight: 8, areas: ['権限管理'],
    title: 'Standardプランでもシングルサインオン（SAML）を使いたい',
    description: '情報システム部門からの要請で、Entra ID（Azure AD）等とのSAML連携を全プランで求める声。',
    quotes: [
      'Standardプランでもシングルサインオンを使えるようにしてほしい。',
      '情報システム部からSAML認証への対応を求められています。',
      'Azure ADと連携してアカウント管理を一元化したいです。',
    ],
  },
  {
    key: 'perm_bulk', kind: 'pain', weight: 5, areas: ['権限管理', 'UI/操作性'],
    title: '異動・退職時にユーザーと権限を一括変更できない',
    description: '人事異動の時期に権限変更やアカウント停止を一人ずつ行う必要があり、負担が大きい。',
    quotes: [
      '人事異動の時期に、権限を一人ずつ変更するのが大変だった。',
      '4月の異動でユーザー設定の変更に丸一日かかった。',
      '退職者のアカウント停止を一括でできず、手間がかかった。',
    ],
  },
  {
    key: 'mobile_offline', kind: 'request', weight: 4, areas: ['モバイル'],
    title: 'スマホでオフラインでも閲覧・入力したい',
    description: '電波の弱い現場・倉庫・移動中でも使えるようにしたいという要望。',
    quotes: [
      '現場は電波が弱いので、オフラインでも入力できるようにしてほしい。',
      '移動中の地下鉄でも閲覧できるとありがたいです。',
      '倉庫内で電波が届かず、スマホから入力できないことがあります。',
    ],
  },
  {
    key: 'mobile_logout', kind: 'pain', weight: 7, areas: ['モバイル'],
    title: 'スマホアプリが頻繁にログアウトされる・動作が重い',
    description: '毎回のログインと二段階認証が負担で、外出先での利用が定着しない。',
    quotes: [
      'スマホアプリで毎回ログインし直す必要があり、現場が使ってくれない。',
      'アプリが頻繁にログアウトされるので、二段階認証の入力が負担になっている。',
      'アプリの動作が重く、外出先で使うのをあきらめた。',
    ],
  },
  {
    key: 'mobile_approve', kind: 'request', weight: 5, areas: ['モバイル', 'UI/操作性'],
    title: 'スマホから承認まで完結させたい',
    description: '出張中の決裁者がスマホだけで承認できるよう、画面と導線を改善する。',
    quotes: [
      '出張中でもスマホから承認できるようにしてほしい。',
      'スマホの画面だと承認ボタンが見つけにくいです。',
      '決裁者がスマホしか見ないので、スマホで承認まで完結させたい。',
    ],
  },
  {
    key: 'notif_noise', kind: 'pain', weight: 8, areas: ['通知'],
    title: '通知が多すぎて重要な連絡が埋もれる',
    description: '関係のない更新まで通知され、メール通知が読まれなくなっている。',
    quotes: [
      '通知が多すぎて、本当に大事な連絡が埋もれてしまう。',
      'メール通知が1日に何十通も届き、結局だれも見なくなった。',
      '自分に関係ない更新まで通知されるので困っている。',
    ],
  },
  {
    key: 'notif_rules', kind: 'request', weight: 5, areas: ['通知'],
    title: '通知の条件・タイミング・宛先を細かく設定したい',
    description: '期限前のリマインドやステータス変更時のみの通知など、ルールで通知を制御したい。',
    quotes: [
      '期限の3日前に担当者へ通知が届くよう、条件を自分で設定したい。',
      '通知のタイミングと宛先をルールで決められるとよいです。',
      'ステータスが変わったときだけ通知する設定がほしい。',
    ],
  },
  {
    key: 'import_errors', kind: 'pain', weight: 9, areas: ['データ取込'],
    title: 'CSV取込のエラー原因が分からない・文字化けする',
    description: 'どの行のどの項目が悪いのか分からない、Shift_JISのファイルが文字化けする。',
    quotes: [
      'CSV取込でエラーが出たが、何行目のどこが悪いのか分からなかった。',
      'Shift_JISのCSVを取り込んだら文字化けした。',
      '取込に失敗したときのエラー内容が英語で、現場では読めなかった。',
    ],
  },
  {
    key: 'import_auto', kind: 'request', weight: 5, areas: ['データ取込', '連携/API'],
    title: 'データを定期的に自動で取り込みたい',
    description: '基幹システムから出力したCSVの手作業での取込をやめ、予約実行や自動取込にしたい。',
    quotes: [
      '毎日決まった時間に、共有フォルダのCSVを自動で取り込めるようにしてほしい。',
      '基幹システムから出力したデータを手作業で取り込んでいるので自動化したいです。',
      '取込の予約実行ができれば、夜間に処理できて助かります。',
    ],
  },
  {
    key: 'import_dedupe', kind: 'request', weight: 5, areas: ['データ取込'],
    title: '取込時に重複データを名寄せしたい',
    description: '会社名の表記ゆれや既存データとの突き合わせで、重複登録を防ぎたい。',
    quotes: [
      '取込のたびに重複データができてしまうので、名寄せ機能がほしい。',
      '会社名の表記ゆれ（株式会社の有無など）を自動で統合してほしい。',
      '既存データと突き合わせて、更新か新規かを選べるようにしてほしいです。',
    ],
  },
  {
    key: 'ui_search', kind: 'request', weight: 8, areas: ['UI/操作性'],
    title: '表記ゆれに強い検索（カナ・英字・全角半角）',
    description: 'カタカナと英語表記、全角と半角の違いで検索結果が変わらないようにしたい。',
    quotes: [
      'カタカナと英語表記のどちらでも検索できるようにしてほしい。',
      '検索で部分一致がうまく効かず、目的のデータにたどり着けないことがあります。',
      '全角・半角の違いで検索結果が変わるのを直してほしい。',
    ],
  },
  {
    key: 'ui_bulk_edit', kind: 'request', weight: 6, areas: ['UI/操作性'],
    title: '一覧画面でまとめて編集したい',
    description: '担当者変更などを一件ずつではなく、一覧上で複数件まとめて編集したい。',
    quotes: [
      '一覧画面で複数の項目をまとめて編集できるようにしてほしいです。',
      '担当者の変更を一件ずつしかできないのが手間です。',
      'Excelのように一覧上で直接編集できると作業が早くなります。',
    ],
  },
  {
    key: 'ui_complex', kind: 'pain', weight: 7, areas: ['UI/操作性'],
    title: '画面が複雑で新任者が使いこなせない',
    description: 'メニューや設定の場所が分かりにくく、問い合わせや教育の負担が増えている。',
    quotes: [
      'メニューが多く、新しく入った人が迷ってしまう。',
      '設定画面がどこにあるか分かりにくく、社内の問い合わせが増えている。',
      '操作が難しいという声が現場から上がっている。マニュアルなしでは使えない。',
    ],
  },
  {
    key: 'billing_invoice', kind: 'request', weight: 3, areas: ['請求'],
    title: '請求書を部署別・宛名変更に対応してほしい',
    description: '部署ごとの請求書発行、宛名の変更、インボイス制度に沿った記載への対応。',
    quotes: [
      '請求書を部署ごとに分けて発行してほしい。',
      'インボイス制度に対応した請求書の記載になっているか確認したい。',
      '請求書の宛名を変更したいが、画面から手続きできない。',
    ],
  },
  {
    key: 'billing_seats', kind: 'request', weight: 4, areas: ['請求'],
    title: '席数を月単位で柔軟に増減したい',
    description: '繁忙期だけの増席や、年契約途中の減席ができる料金体系を求める声。',
    quotes: [
      '繁忙期だけ席数を増やせる料金体系があるとありがたいです。',
      '年契約の途中で席数を減らせないのが負担です。',
      '使っていないアカウントの分まで費用がかかるのが気になります。',
    ],
  },
];

/** Free text that is not a request: thanks, nothing to add, praise. Left out of VOC. */
export const PLAIN_REQUESTS = [
  '特にありません。',
  'いつも丁寧にご対応いただきありがとうございます。',
  '担当の方のレスポンスが早く、とても助かっています。',
  '引き続きよろしくお願いいたします。',
  '現状の機能で十分満足しています。',
] as const;

/** Why a promoter or a passive gave their score in an NPS pulse. */
export const PULSE_REASONS = {
  promoter: [
    'サポートの対応が早く、安心して使えています。',
    '現場に定着し、報告業務の時間が大きく減りました。',
    '担当のCSの方が社内展開まで伴走してくれたため。',
    '機能改善のスピードが早く、要望も聞いてもらえる。',
  ],
  passive: [
    '機能は十分ですが、もう少し操作が簡単だと薦めやすいです。',
    '大きな不満はありませんが、他社製品との違いを説明しにくいです。',
    '一部の部署ではまだ使いこなせていないため。',
  ],
} as const;

export const VOC_TOPIC_KEYS = VOC_TOPICS.map((t) => t.key);
