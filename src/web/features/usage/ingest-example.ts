/**
 * The call a product makes to send usage to Kizuna: Segment's batch API at /v1/batch, the ingest
 * API key as the basic-auth user name with an empty password, the account named by groupId.
 */

/** The curl call that would record one sign-in for this account. */
export function batchExample(origin: string, groupId: string, keyPlaceholder: string): string {
  // One message a line: short enough to read in the panel without wrapping mid-word.
  const messages = [
    { type: 'group', userId: 'user-123', groupId },
    { type: 'track', userId: 'user-123', event: 'Signed In', context: { groupId } },
  ].map((m) => `    ${JSON.stringify(m)}`);
  return [
    `curl -X POST ${origin}/v1/batch \\`, `  -u '${keyPlaceholder}:' \\`, `  -H 'Content-Type: application/json' \\`,
    `  -d '{"batch": [`, messages.join(',\n'), `  ]}'`,
  ].join('\n');
}
