/** /api/v1/imports — the import wizard's backend: upload, map, dry run, run, progress. Thin: parse, guard, call one use case, present. */
import { z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { newRouter } from '../../app-router.js';
import { AppError, notFound } from '../../errors.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { dryRunImport } from './dry-run-import.js';
import { loadSample, presentImportJob, presentImportSummary } from './present-job.js';
import { ImportDryRun, ImportJob, ImportList, ListImportsQuery, UpdateImportInput, UploadImportQuery } from './schema.js';
import { startImport } from './start-import.js';
import { findImportJob, listImportJobs } from './store.js';
import { updateImportMapping } from './update-mapping.js';
import { uploadImport } from './upload-import.js';

const tags = ['imports'];
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const csvBody = {
  required: true,
  description: 'the file as it is, UTF-8 (with or without BOM) or Shift_JIS (CP932), up to 100 MB',
  content: {
    'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
    'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
  },
};

export function importRoutes() {
  const app = newRouter();

  app.use('/imports', bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: () => {
      throw new AppError('request.body_too_large', { detail: 'A CSV file may be up to 100 MB; split larger files.' });
    },
  }));

  app.openapi(guardedRoute('import.run', {
    method: 'post', path: '/imports', tags, summary: 'Upload a CSV file: detect encoding, count rows, suggest a column mapping',
    request: { query: UploadImportQuery, body: csvBody },
    responses: { 201: jsonResponse(ImportJob, 'The new import job, status uploaded') },
  }), async (c) => {
    const p = principalOf(c);
    const { kind, filename } = c.req.valid('query');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const { job, sample } = await uploadImport(c.var.deps.database.db, p, { kind, filename, bytes }, c.var.deps.now());
    return c.json(presentImportJob(job, sample), 201);
  });

  app.openapi(guardedRoute('import.run', {
    method: 'get', path: '/imports', tags, summary: 'Recent import jobs, newest first',
    request: { query: ListImportsQuery },
    responses: { 200: jsonResponse(ImportList, 'Jobs') },
  }), async (c) => {
    const rows = await listImportJobs(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('query').limit);
    return c.json({ items: rows.map(presentImportSummary) }, 200);
  });

  app.openapi(guardedRoute('import.run', {
    method: 'get', path: '/imports/{id}', tags, summary: 'One import job: mapping, sample and progress',
    request: { params: IdParam },
    responses: { 200: jsonResponse(ImportJob, 'The job') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const { id } = c.req.valid('param');
    const job = await findImportJob(db, principalOf(c).workspaceId, id);
    if (!job) throw notFound('import.not_found', id);
    return c.json(presentImportJob(job, await loadSample(db, job)), 200);
  });

  app.openapi(guardedRoute('import.run', {
    method: 'patch', path: '/imports/{id}', tags, summary: 'Change the column mapping (before the job runs)',
    request: { params: IdParam, body: jsonBody(UpdateImportInput) },
    responses: { 200: jsonResponse(ImportJob, 'The job with its new mapping') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const job = await updateImportMapping(db, principalOf(c).workspaceId, c.req.valid('param').id, c.req.valid('json').mapping);
    return c.json(presentImportJob(job, await loadSample(db, job)), 200);
  });

  app.openapi(guardedRoute('import.run', {
    method: 'post', path: '/imports/{id}/dry-run', tags, summary: 'Preview: what the import would create, update and reject, writing nothing',
    request: { params: IdParam },
    responses: { 200: jsonResponse(ImportDryRun, 'The preview') },
  }), async (c) => c.json(
    await dryRunImport(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, c.var.deps.now()), 200));

  app.openapi(guardedRoute('import.run', {
    method: 'post', path: '/imports/{id}/run', tags,
    summary: 'Run the import in the background (or continue one that stopped); poll GET /imports/{id} for progress',
    request: { params: IdParam },
    responses: { 202: jsonResponse(ImportJob, 'The job, status running') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const job = await startImport(db, c.var.deps.imports, principalOf(c), c.req.valid('param').id);
    return c.json(presentImportJob(job, await loadSample(db, job)), 202);
  });

  return app;
}
