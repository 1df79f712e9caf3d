/** HTTP shapes of the success roadmap: phases, checklist templates, an account's journey, reports. */
import { z } from '@hono/zod-openapi';
import { PhaseCriterion } from '../../../domain/phases/criteria.js';

const isoDate = z.iso.date().openapi({ description: 'YYYY-MM-DD', example: '2026-03-31' });
const Criterion = PhaseCriterion.nullable().openapi({
  description: 'to enter the phase from the one before: measure_threshold, score_threshold, time_elapsed, score_and_time, renewal_within; null = by hand only',
});

export const ChecklistItem = z.object({
  id: z.uuid(), phaseKey: z.string(), title: z.string(), description: z.string().nullable(), position: z.number().int(),
}).openapi('ChecklistItem');

export const Phase = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
  criterion: Criterion,
  isOnboarding: z.boolean(),
  accounts: z.number().int().openapi({ description: 'customers in this phase now' }),
  checklist: z.array(ChecklistItem),
}).openapi('Phase');

export const PhaseList = z.object({ items: z.array(Phase) }).openapi('PhaseList');

const Key = z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _, starting with a letter');
const Name = z.string().trim().min(1, 'name is required').max(60);
const Description = z.string().trim().max(500).nullable().optional();

export const CreatePhaseInput = z.object({
  key: Key, name: Name, description: Description, criterion: Criterion.optional(), isOnboarding: z.boolean().optional(),
}).openapi('CreatePhaseInput');
export type CreatePhaseInput = z.infer<typeof CreatePhaseInput>;

export const UpdatePhaseInput = z.object({
  name: Name.optional(), description: Description, criterion: Criterion.optional(), isOnboarding: z.boolean().optional(),
}).openapi('UpdatePhaseInput');
export type UpdatePhaseInput = z.infer<typeof UpdatePhaseInput>;

export const ReorderInput = z.object({ ids: z.array(z.uuid()).min(1).max(50) }).openapi('ReorderPhasesInput');

export const ChecklistItemInput = z.object({
  title: z.string().trim().min(1, 'title is required').max(200), description: Description,
}).openapi('ChecklistItemInput');
export const UpdateChecklistItemInput = z.object({
  title: z.string().trim().min(1, 'title is required').max(200).optional(), description: Description,
  position: z.number().int().min(0).max(100000).optional(),
}).openapi('UpdateChecklistItemInput');

export const MovePhaseInput = z.object({
  phase: z.string().trim().min(1),
  reason: z.string().trim().min(1, 'say why the account moves').max(500),
}).openapi('MovePhaseInput');
export const PinInput = z.object({
  pinned: z.boolean(), reason: z.string().trim().max(500).nullable().optional(),
}).openapi('PinPhaseInput');
export const TickInput = z.object({ itemId: z.uuid(), done: z.boolean() }).openapi('ChecklistTickInput');

const Saw = z.record(z.string(), z.union([z.number(), z.string(), z.null()]));

export const Transition = z.object({
  id: z.uuid(), from: z.string().nullable(), to: z.string(), at: z.string(),
  source: z.enum(['initial', 'rule', 'manual', 'playbook']),
  criterion: z.unknown().openapi({ description: 'for a rule: { criterion, saw } — what fired and the values it saw' }),
  reason: z.string().nullable(), actorName: z.string().nullable(),
}).openapi('PhaseTransition');

export const AccountJourney = z.object({
  phase: z.object({
    key: z.string(), name: z.string(), enteredAt: z.string(), daysInPhase: z.number().int(), pinned: z.boolean(), pinReason: z.string().nullable(),
  }).nullable(),
  next: z.object({
    key: z.string(), name: z.string(), criterion: Criterion, holds: z.boolean().nullable(), saw: Saw.nullable(),
  }).nullable().openapi({ description: 'the next phase and whether its criterion holds now' }),
  phases: z.array(z.object({ key: z.string(), name: z.string(), isOnboarding: z.boolean() })),
  checklists: z.array(z.object({
    phaseKey: z.string(), phaseName: z.string(), done: z.number().int(), total: z.number().int(),
    items: z.array(z.object({ id: z.uuid(), title: z.string(), description: z.string().nullable(), doneAt: z.string().nullable(), doneByName: z.string().nullable() })),
  })),
  transitions: z.array(Transition),
}).openapi('AccountJourney');

export const PeriodQuery = z.object({
  from: isoDate.optional().openapi({ description: 'default: 365 days before `to`' }),
  to: isoDate.optional().openapi({ description: 'default: today' }),
  format: z.enum(['json', 'csv']).optional(),
});

export const FunnelReport = z.object({
  from: z.string(), to: z.string(), currency: z.string(),
  phases: z.array(z.object({ key: z.string(), name: z.string(), accounts: z.number().int(), arr: z.number(), entered: z.number().int() })),
  unplaced: z.object({ accounts: z.number().int(), arr: z.number() }),
  conversions: z.array(z.object({ from: z.string(), to: z.string(), entered: z.number().int(), converted: z.number().int(), rate: z.number().nullable() })),
  timeInPhase: z.array(z.object({
    phase: z.string(), completed: z.number().int(), medianDays: z.number().nullable(), p75Days: z.number().nullable(),
    current: z.number().int(), currentMedianDays: z.number().nullable(),
  })),
  onboarding: z.object({
    phase: z.string().nullable(), checklistSize: z.number().int(), entered: z.number().int(), completed: z.number().int(), rate: z.number().nullable(),
  }),
}).openapi('PhaseFunnelReport');
