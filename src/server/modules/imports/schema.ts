/** HTTP shapes of CSV imports: request schemas validate, and the OpenAPI document is generated from them. */
import { z } from '@hono/zod-openapi';
import { IMPORT_ENCODINGS, IMPORT_KINDS, IMPORT_STATUSES } from '../../../domain/imports/import-kinds.js';

export const UploadImportQuery = z.object({
  kind: z.enum(IMPORT_KINDS).openapi({ description: 'what the rows are' }),
  filename: z.string().trim().min(1).max(255).default('import.csv').openapi({ description: 'the original file name, for the job list' }),
});

export const RowError = z.object({
  row: z.number().int().openapi({ description: 'row number as a spreadsheet shows it; the header is row 1' }),
  column: z.string().nullable().openapi({ description: 'the column header, or null for the row as a whole' }),
  code: z.string().openapi({ description: 'e.g. required, invalid_date, unknown_account, duplicate_in_file' }),
  message: z.string(),
}).openapi('ImportRowError');

const Mapping = z.record(z.string(), z.string().nullable())
  .openapi({ description: 'column header → target field key (e.g. "name", "customFields.contract_type"), or null to skip the column' });

const jobFields = {
  id: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  filename: z.string(),
  encoding: z.enum(IMPORT_ENCODINGS),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int().openapi({ description: 'rows that failed (a row may have several errors)' }),
  failure: z.string().nullable().openapi({ description: 'why the last run stopped, when status is failed; run again to continue' }),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
};

export const ImportJobSummary = z.object(jobFields).openapi('ImportJobSummary');

export const ImportJob = z.object({
  ...jobFields,
  headers: z.array(z.string()),
  mapping: Mapping,
  sample: z.array(z.record(z.string(), z.string())).openapi({ description: 'the first data rows, header → cell' }),
  errors: z.array(RowError).openapi({ description: 'the first 1000 row errors' }),
}).openapi('ImportJob');
export type ImportJob = z.infer<typeof ImportJob>;

export const UpdateImportInput = z.object({ mapping: Mapping }).openapi('UpdateImportInput');
export type UpdateImportInput = z.infer<typeof UpdateImportInput>;

export const ImportDryRun = z.object({
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int().openapi({ description: 'rows with at least one error' }),
  errors: z.array(RowError).openapi({ description: 'the first 1000 row errors' }),
  errorCount: z.number().int(),
  sampleChanges: z.array(z.object({
    row: z.number().int(),
    externalId: z.string().nullable(),
    action: z.enum(['create', 'update']),
    changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).openapi({ description: 'field → [before, after]' }),
  })),
}).openapi('ImportDryRun');
export type ImportDryRun = z.infer<typeof ImportDryRun>;

export const ImportList = z.object({ items: z.array(ImportJobSummary) }).openapi('ImportList');

export const ListImportsQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
