/**
 * /surveys/new — start from the yearly CX survey, the NPS pulse, or blank; name it; the draft
 * opens in the builder.
 */
import { Anchor, Breadcrumbs, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { IconChartTreemap, IconFile, IconGauge } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { TemplateKey } from '../../../domain/surveys/templates';
import { surveyApi, surveyKeys } from '../../api/surveys';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { fieldErrors } from '../../lib/errors';
import { notifyError } from '../../lib/notify';
import { useLocale } from '../../lib/use-format';

type Start = TemplateKey | 'blank';
const ICONS = { cx: IconChartTreemap, nps: IconGauge, blank: IconFile };

export function NewSurveyPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const client = useQueryClient();
  const templates = useQuery({ queryKey: surveyKeys.templates(), queryFn: surveyApi.templates });
  const [start, setStart] = useState<Start | null>(null);
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => surveyApi.create({ name: name.trim(), ...(start && start !== 'blank' ? { template: start } : {}) }),
    onSuccess: (s) => { void client.invalidateQueries({ queryKey: surveyKeys.all }); navigate(`/surveys/${s.id}/questions`); },
    onError: (error) => notifyError(t, error),
  });
  const choose = (key: Start, defaultName: string) => { setStart(key); setName(defaultName); };
  const year = new Date().getFullYear();
  const options = [
    ...(templates.data?.items ?? []).map((tpl) => ({ key: tpl.key as Start, title: tpl.name[locale], body: tpl.description[locale], count: tpl.definition.questions.length })),
    { key: 'blank' as Start, title: t('surveys.create.blankTitle'), body: t('surveys.create.blankBody'), count: 1 },
  ];
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/surveys" size="sm">{t('surveys.list.title')}</Anchor>
        <span>{t('surveys.create.title')}</span>
      </Breadcrumbs>
      <PageHeader title={t('surveys.create.title')} subtitle={t('surveys.create.subtitle')} />
      {templates.isPending && <TableSkeleton rows={3} />}
      {templates.isError && <QueryError error={templates.error} onRetry={() => void templates.refetch()} />}
      {templates.data && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {options.map((o) => {
              const Icon = ICONS[o.key];
              const selected = start === o.key;
              return (
                <Card key={o.key} withBorder radius="md" padding="lg" component="button" type="button" data-testid={`start-${o.key}`}
                  onClick={() => choose(o.key, o.key === 'blank' ? '' : `${o.title} ${year}`)}
                  style={{ textAlign: 'left', cursor: 'pointer', borderColor: selected ? 'var(--mantine-color-indigo-6)' : undefined, borderWidth: selected ? 2 : 1 }}>
                  <Group gap="sm" mb="xs" wrap="nowrap">
                    <ThemeIcon variant="light" size="lg" radius="md"><Icon size={20} /></ThemeIcon>
                    <Text fw={700}>{o.title}</Text>
                  </Group>
                  <Text size="sm" c="dimmed">{o.body}</Text>
                  <Text size="xs" c="dimmed" mt="sm">{t('surveys.create.questionCount', { count: o.count })}</Text>
                </Card>
              );
            })}
          </SimpleGrid>
          {start && (
            <ImeSafeForm onSubmit={() => { if (name.trim()) create.mutate(); }} aria-label={t('surveys.create.title')}>
              <Group align="flex-end">
                <TextInput label={t('surveys.fields.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} w={420}
                  placeholder={t('surveys.create.namePlaceholder')} error={fieldErrors(create.error, t).name} data-testid="survey-name" />
                <Button type="submit" loading={create.isPending} disabled={!name.trim()} data-testid="create-survey">{t('surveys.create.submit')}</Button>
              </Group>
            </ImeSafeForm>
          )}
        </Stack>
      )}
    </>
  );
}
