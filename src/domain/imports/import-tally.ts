/**
 * Running totals of a pass over a file: rows by outcome, the first row errors, and a few
 * example changes — what a dry run reports and what a job keeps.
 */
import { MAX_REPORTED_ISSUES, type RowIssue } from './import-kinds.js';
import { isRejected, type Changes, type RowPlan } from './plan-record.js';

export interface SampleChange {
  row: number;
  externalId: string | null;
  action: 'create' | 'update';
  changes: Changes;
}

export const MAX_SAMPLE_CHANGES = 20;

export class ImportTally {
  toCreate = 0;
  toUpdate = 0;
  unchanged = 0;
  failedRows = 0;
  errorCount = 0;
  readonly errors: RowIssue[] = [];
  readonly sampleChanges: SampleChange[] = [];

  constructor(private readonly maxIssues = MAX_REPORTED_ISSUES) {}

  add(plan: RowPlan<Record<string, unknown>>): void {
    if (isRejected(plan)) {
      this.addIssues(plan.issues);
      return;
    }
    if (plan.action === 'unchanged') {
      this.unchanged += 1;
      return;
    }
    if (plan.action === 'create') this.toCreate += 1;
    else this.toUpdate += 1;
    if (this.sampleChanges.length < MAX_SAMPLE_CHANGES) {
      this.sampleChanges.push({ row: plan.row, externalId: plan.key, action: plan.action, changes: plan.changes });
    }
  }

  /** One failed row's issues (all of them count; the first maxIssues are kept). */
  addIssues(issues: readonly RowIssue[]): void {
    if (issues.length === 0) return;
    this.failedRows += 1;
    this.errorCount += issues.length;
    for (const issue of issues) if (this.errors.length < this.maxIssues) this.errors.push(issue);
  }
}
