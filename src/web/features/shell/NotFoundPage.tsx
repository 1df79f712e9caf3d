import { Button, EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState mt={80} icon={<IconMapQuestion size={32} />} withIndicatorBackground title={t('notFound.title')} description={t('notFound.description')}>
      <EmptyState.Actions>
        <Button component={Link} to="/accounts">{t('notFound.back')}</Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
