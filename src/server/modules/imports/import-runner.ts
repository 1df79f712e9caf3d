/** Placeholder until the import module lands: runs import jobs in the background. */
export interface ImportRunner {
  start(workspaceId: string, jobId: string): void;
  idle(): Promise<void>;
}
