import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VOC_AREAS } from '../voc/areas.js';
import { VOC_STATUSES } from '../voc/status.js';
import { daysBetween } from './calendar.js';
import type { DemoWorkspace } from './demo-types.js';
import { generateDemoWorkspace } from './generate-demo.js';
import { type DemoSurveys, generateSurveys } from './generate-surveys.js';
import { type DemoVoc, generateVoc } from './generate-voc.js';
import { VOC_TOPICS } from './voc-texts.js';

// Targets from the helper brief (S7): ~25 VOC items over realistic product areas, mentions from
// survey free text and from notes, statuses spread; what is not yet linked is left for the inbox.
const TODAY = '2026-04-01';
const END_OF_TODAY = Date.parse(`${TODAY}T23:59:59+09:00`);
let demo: DemoWorkspace;
let surveys: DemoSurveys;
let voc: DemoVoc;

beforeAll(() => {
  demo = generateDemoWorkspace({ seed: 42, today: TODAY });
  surveys = generateSurveys(demo);
  voc = generateVoc({ ...demo, surveys });
});

describe('generateVoc', () => {
  it('is the same for the same seed: one item per topic, tagged with the default product areas, every status present', () => {
    expect(generateVoc({ ...demo, surveys })).toEqual(voc);
    expect(voc.items).toHaveLength(25);
    expect(voc.items.map((i) => i.key).sort()).toEqual(VOC_TOPICS.map((t) => t.key).sort());
    expect(voc.areas).toEqual([...DEFAULT_VOC_AREAS]);
    for (const item of voc.items) {
      expect(item.areas.length).toBeGreaterThan(0);
      for (const area of item.areas) expect(DEFAULT_VOC_AREAS).toContain(area);
      // "sent to product" happened for exactly the items that went past new without being declined
      expect(item.sentAt !== null, item.status).toBe(['sent', 'planned', 'done'].includes(item.status));
    }
    expect(new Set(voc.items.map((i) => i.status))).toEqual(new Set(VOC_STATUSES));
    expect(new Set(voc.items.flatMap((i) => i.areas))).toEqual(new Set(DEFAULT_VOC_AREAS));
    const ids = [...voc.items.map((i) => i.id), ...voc.mentions.map((m) => m.id), ...voc.notes.map((n) => n.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('backs every mention with a survey answer or a note that really says it, on the same account', () => {
    const responses = new Map(surveys.responses.map((r) => [r.id, r]));
    const notes = new Map(voc.notes.map((n) => [n.id, n]));
    const items = new Map(voc.items.map((i) => [i.id, i]));
    const topics = new Map(VOC_TOPICS.map((t) => [t.key, t]));
    for (const m of voc.mentions) {
      const item = items.get(m.itemId)!;
      expect(item).toBeDefined();
      if (m.sourceKind === 'survey_response') {
        const response = responses.get(m.sourceId!)!;
        expect(response.accountId).toBe(m.accountId);
        expect(response.texts).toContainEqual(expect.objectContaining({ text: m.quote, topicKey: item.key }));
      } else if (m.sourceKind === 'activity') {
        const note = notes.get(m.sourceId!)!;
        expect(note.accountId).toBe(m.accountId);
        expect(note.body).toContain(m.quote.replace(/。$/, ''));
        expect(topics.get(item.key)?.quotes).toContain(m.quote);
      } else {
        expect(m.sourceId).toBeNull();
        expect(topics.get(item.key)?.quotes.some((q) => m.quote.endsWith(q))).toBe(true);
      }
      expect(Date.parse(m.createdAt)).toBeGreaterThanOrEqual(Date.parse(item.createdAt));
      expect(Date.parse(m.createdAt)).toBeLessThanOrEqual(Date.parse(item.updatedAt));
      expect(Date.parse(m.createdAt)).toBeLessThanOrEqual(END_OF_TODAY);
    }
    const bySource = (kind: string) => voc.mentions.filter((m) => m.sourceKind === kind).length;
    expect(bySource('survey_response')).toBeGreaterThan(200);
    expect(bySource('activity')).toBeGreaterThan(20);
    expect(bySource('manual')).toBeGreaterThan(0);
  });

  it('ranks items apart: the most asked-for topics have several times the accounts of the least', () => {
    const accounts = voc.items.map((i) => new Set(voc.mentions.filter((m) => m.itemId === i.id).map((m) => m.accountId)).size).sort((a, b) => a - b);
    expect(accounts[0]).toBeGreaterThanOrEqual(1);
    expect(accounts[accounts.length - 1]!).toBeGreaterThan(3 * accounts[0]!);
  });

  it('writes the CSM notes as Japanese notes by the account owner, in the past year, and leaves some quotes for the candidates inbox', () => {
    const owners = new Map(demo.accounts.map((a) => [a.id, a.ownerId]));
    for (const n of voc.notes) {
      expect(n).toMatchObject({ kind: 'note', event: null, authorId: owners.get(n.accountId) });
      expect(n.body).toMatch(/「.+」/);
      const age = daysBetween(n.occurredAt.slice(0, 10), TODAY);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(272);
    }
    const linked = new Set(voc.mentions.map((m) => `${m.sourceKind}:${m.sourceId}`));
    const recent = surveys.responses.filter((r) => daysBetween(r.submittedAt.slice(0, 10), TODAY) <= 60 && r.texts.some((t) => t.topicKey !== null));
    expect(recent.filter((r) => !linked.has(`survey_response:${r.id}`)).length).toBeGreaterThan(20);
    expect(voc.notes.filter((n) => !linked.has(`activity:${n.id}`)).length).toBeGreaterThan(0);
  });
});
