/** Questions on the segmentation and playbook axes (questionnaire version 1). Written for Kizuna. */
import { ask } from './ask.js';

export const SEGMENTATION_QUESTIONS = [
  ask('segmentation', 'tiers', [
    '顧客をハイタッチ・ロータッチ・テックタッチなどに分け、分類ごとに関わり方を変えていますか。',
    'Do you divide customers into tiers such as high-, low- and tech-touch, and engage with each differently?',
  ], [
    ['分けていない', 'No'],
    ['売上規模で大まかに分けているだけ', 'Roughly, by revenue only'],
    ['基準を定めて分け、それぞれの関わり方も決めている', 'By defined criteria, each tier with its own way of engaging'],
    ['基準と関わり方を定め、定期的に見直している', 'Defined criteria and engagement, reviewed regularly'],
  ]),
  ask('segmentation', 'criteria', [
    'セグメントの基準に、売上以外の観点（利用目的、成長余地、業種など）を使っていますか。',
    'Do your segments use criteria other than revenue (use case, growth potential, industry)?',
  ], [
    ['基準がない', 'There are no criteria'],
    ['売上のみ', 'Revenue only'],
    ['売上に加えて1〜2の観点を使っている', 'Revenue plus one or two others'],
    ['複数の観点を組み合わせ、データで妥当性を確かめている', 'Several criteria combined and checked against data'],
  ]),
  ask('segmentation', 'health', [
    '顧客の状態を表すヘルススコアを定義し、セグメントごとに基準を変えていますか。',
    'Do you have a health score, with criteria that differ by segment?',
  ], [
    ['ヘルススコアはない', 'There is no health score'],
    ['担当者の感覚で判断している', 'Owners judge by feel'],
    ['全顧客に共通のヘルススコアがある', 'One health score for every customer'],
    ['セグメント別に設計し、解約・更新の実績で検証している', 'Designed per segment and checked against actual churn and renewals'],
  ]),
  ask('segmentation', 'moves', [
    '顧客が別のセグメントへ移る（拡大・縮小する）ときの扱いが決まっていますか。',
    'Is it settled what happens when a customer moves to another segment (growing or shrinking)?',
  ], [
    ['決まっていない', 'No'],
    ['担当者の判断に任せている', 'It is left to the owner'],
    ['ルールはあるが、運用はまちまち', 'There are rules, applied unevenly'],
    ['ルールがあり、移行時の引き継ぎまで実行されている', 'There are rules, and they are followed, handover included'],
  ]),
];

export const PLAYBOOK_QUESTIONS = [
  ask('playbook', 'defined', [
    'オンボーディング、更新、リスク対応など、主要な場面の対応手順（プレイブック）がありますか。',
    'Do you have written plays for the key moments: onboarding, renewal, risk?',
  ], [
    ['ない', 'No'],
    ['一部の担当者が個人的に持っている', 'Some people keep their own'],
    ['主要な場面について文書化されている', 'They are written for the main moments'],
    ['文書化され、チーム全員が同じ手順で動いている', 'They are written, and the whole team follows them'],
  ]),
  ask('playbook', 'triggers', [
    '利用の落ち込みやヘルスの悪化といったシグナルをきっかけに、対応が自動的に始まりますか。',
    'Do signals such as falling usage or worsening health start a play automatically?',
  ], [
    ['始まらない', 'No'],
    ['担当者が気づいたときに対応する', 'Only when someone happens to notice'],
    ['アラートは出るが、対応は担当者任せ', 'An alert fires; the response is up to the owner'],
    ['シグナルごとに対応とタスクが自動で割り当てられる', 'Each signal assigns its play and tasks automatically'],
  ]),
  ask('playbook', 'measured', [
    'プレイブックの実行率や効果（解約や拡大への影響）を測っていますか。',
    'Do you measure how often plays run and what they achieve (their effect on churn and expansion)?',
  ], [
    ['測っていない', 'No'],
    ['実行したかどうかだけ記録している', 'We only record whether a play ran'],
    ['実行率を集計している', 'We report completion rates'],
    ['効果を測り、手順の改善につなげている', 'We measure the effect and improve the plays'],
  ]),
  ask('playbook', 'renewal', [
    '更新日の何か月前から、どのような準備を始めるかが決まっていますか。',
    'Is it settled how far ahead of a renewal date you start preparing, and how?',
  ], [
    ['決まっていない', 'No'],
    ['更新の直前に連絡している', 'We get in touch just before the date'],
    ['一定期間前から準備を始めるルールがある', 'A rule says when preparation starts'],
    ['ルールがあり、更新の見込みと実績を毎月確認している', 'A rule, plus a monthly check of the renewal forecast against actuals'],
  ]),
];
