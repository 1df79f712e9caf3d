/** The status and kind of a survey, the same colours everywhere. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '../../../domain/surveys/lifecycle';
import type { SurveyKind } from '../../../domain/surveys/templates';

const STATUS_COLORS: Record<SurveyStatus, string> = { draft: 'gray', open: 'teal', closed: 'dark' };

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLORS[status]} variant={status === 'open' ? 'filled' : 'light'} size="sm" data-testid="survey-status">{t(`surveys.status.${status}`)}</Badge>;
}

export function SurveyKindBadge({ kind }: { kind: SurveyKind }) {
  const { t } = useTranslation();
  return <Badge color={kind === 'cx' ? 'indigo' : kind === 'nps' ? 'grape' : 'gray'} variant="outline" size="sm">{t(`surveys.kind.${kind}`)}</Badge>;
}
