/**
 * `COPY … FROM STDIN` for the ingestion baseline. node-postgres has no COPY API of its own
 * (pg-copy-streams adds one); its client accepts any "submittable" query object, so this file
 * is a minimal one that answers the server's CopyInResponse by streaming the given chunks.
 * On PGlite the same statement reads `/dev/blob`, PGlite's way of handing COPY a file.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  stream: Writable;
}

/** Streams `chunks` into `copy … from stdin` on a connection of its own; resolves with the rows copied. */
export async function copyIntoPostgres(url: string, statement: string, chunks: Buffer[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await new Promise<number>((resolve, reject) => {
      let failed = false;
      let rows = 0;
      const copy = {
        submit(connection: CopyConnection) { connection.query(statement); },
        handleCopyInResponse(connection: CopyConnection) {
          void (async () => {
            for (const chunk of chunks) {
              for (let at = 0; at < chunk.length && !failed; at += 1 << 20) {
                connection.sendCopyFromChunk(chunk.subarray(at, at + (1 << 20)));
                if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
              }
            }
            if (!failed) connection.endCopyFrom();
          })();
        },
        handleCommandComplete(message: { text?: string }) { rows = Number(/\d+$/.exec(message.text ?? '')?.[0] ?? 0); },
        handleReadyForQuery() { if (!failed) resolve(rows); },
        handleError(error: Error) { failed = true; reject(error); },
        handleRowDescription() {}, handleDataRow() {}, handleEmptyQuery() {}, handlePortalSuspended() {}, handleCopyData() {},
      };
      void client.query(copy as unknown as pg.Query);
    });
  } finally {
    await client.end();
  }
}

/** The same on PGlite: one COPY per chunk, all in one transaction. */
export async function copyIntoPglite(pglite: PGlite, statement: string, chunks: Buffer[]): Promise<number> {
  let rows = 0;
  await pglite.transaction(async (tx) => {
    for (const chunk of chunks) {
      const result = await tx.query(statement, [], { blob: new Blob([new Uint8Array(chunk)]) });
      rows += result.affectedRows ?? 0;
    }
  });
  return rows;
}
