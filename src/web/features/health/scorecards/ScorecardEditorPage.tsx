/**
 * /health/scorecards/:scorecardId and /health/scorecards/new: finds the scorecard (or the
 * default one as the template of a new one) and mounts the editor, prefilled with suggested
 * weights when the backtest sent some.
 */
import { useEffect } from 'react';
import { Anchor, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { defaultScorecardDefinition } from '../../../../domain/health/default-scorecard';
import { healthApi, healthKeys } from '../../../api/scorecards';
import { QueryError } from '../../../components/QueryError';
import { useLocale } from '../../../lib/use-format';
import { ScorecardEditor, type EditorPrefill } from './ScorecardEditor';

function prefillOf(state: unknown): EditorPrefill | null {
  if (!state || typeof state !== 'object' || !('suggested' in state)) return null;
  const { suggested, note } = state as { suggested: unknown; note?: unknown };
  if (!suggested || typeof suggested !== 'object') return null;
  return { suggested: suggested as EditorPrefill['suggested'], note: typeof note === 'string' ? note : '' };
}

export function ScorecardEditorPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { scorecardId } = useParams();
  const location = useLocation();
  const list = useQuery({ queryKey: healthKeys.scorecards, queryFn: healthApi.scorecards });
  // Arriving from a long page (the backtest's "apply"), start at the top of the editor.
  useEffect(() => { window.scrollTo(0, 0); }, [scorecardId]);

  if (list.isPending) return <Stack><Skeleton h={40} w={320} /><Skeleton h={480} radius="md" /></Stack>;
  if (list.isError) return <Paper><QueryError error={list.error} onRetry={() => void list.refetch()} /></Paper>;
  const card = scorecardId ? list.data.items.find((s) => s.id === scorecardId) ?? null : null;
  if (scorecardId && !card) {
    return (
      <Paper p="xl" ta="center">
        <Text fw={600} mb="xs">{t('health.editor.notFound')}</Text>
        <Anchor component={Link} to="/health/scorecards">{t('health.editor.backToList')}</Anchor>
      </Paper>
    );
  }
  const template = list.data.items.find((s) => s.isDefault)?.definition ?? defaultScorecardDefinition(locale);
  // Remount after every save (updatedAt changes) so the draft starts again from what was saved.
  return <ScorecardEditor key={card ? `${card.id}:${card.updatedAt}` : 'new'} card={card} template={template} prefill={prefillOf(location.state)} />;
}
