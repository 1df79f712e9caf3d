/**
 * The scorecard editor: name and rule, bands, the tree of groups and measures, checked as it is
 * typed (the domain's validateScorecard); the preview of band changes beside it; saving (a new
 * version when the definition changed, with a note) only once the preview matches the draft.
 * People without `health.configure` see everything read-only.
 */
import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Grid, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconInfoCircle, IconLock, IconTrash, IconWand } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useBlocker, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ScorecardDefinition, ScorecardRule } from '../../../../domain/health/scorecard';
import { healthApi, healthKeys, type Scorecard } from '../../../api/scorecards';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PageHeader } from '../../../components/PageHeader';
import { errorText, fieldErrors } from '../../../lib/errors';
import { notifyError, notifySaved } from '../../../lib/notify';
import { useCan } from '../../../session/use-session';
import { BandsEditor } from './BandsEditor';
import { draftProblems, type DraftProblem } from './draft-problems';
import { PreviewPanel } from './PreviewPanel';
import { ProblemList } from './ProblemList';
import { RuleEditor } from './RuleEditor';
import { ScoreTreeEditor } from './ScoreTreeEditor';
import { draftKey, usePreview } from './use-preview';
import { VersionHistory } from './VersionHistory';

export interface EditorPrefill {
  suggested: ScorecardDefinition;
  note: string;
}

interface Props {
  card: Scorecard | null;
  template: ScorecardDefinition;
  prefill: EditorPrefill | null;
}

const NO_RULE: ScorecardRule = { conditions: [] };

/** One line per kind of problem for the save panel; the editor marks each place. */
function uniqueCodes(problems: readonly DraftProblem[]): DraftProblem[] {
  return problems.filter((p, i) => problems.findIndex((q) => q.code === p.code) === i);
}

export function ScorecardEditor({ card, template, prefill }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canConfigure = useCan('health.configure');
  const isDefault = card?.isDefault ?? false;
  const [name, setName] = useState(card?.name ?? '');
  const [rule, setRule] = useState<ScorecardRule>(card?.rule ?? { conditions: [{ field: 'plan', values: [] }] });
  const [definition, setDefinition] = useState<ScorecardDefinition>(prefill?.suggested ?? card?.definition ?? template);
  const [note, setNote] = useState(prefill?.note ?? '');
  const [deleting, setDeleting] = useState(false);
  const leaving = useRef(false);

  const effectiveRule = isDefault ? NO_RULE : rule;
  const problems = useMemo(() => draftProblems({ name, rule: effectiveRule, definition }), [name, effectiveRule, definition]);
  const valid = problems.length === 0;
  const savedKey = card ? draftKey(isDefault ? NO_RULE : card.rule, card.definition) : '';
  const preview = usePreview({ scorecardId: card?.id, rule: effectiveRule, definition, savedKey, valid });
  const definitionChanged = !card || JSON.stringify(definition) !== JSON.stringify(card.definition);
  const nameChanged = !card || name.trim() !== card.name;
  const dirty = preview.changed || nameChanged;

  const done = (id: string) => {
    leaving.current = true;
    void queryClient.invalidateQueries({ queryKey: healthKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['accounts'] });
    navigate(`/health/scorecards/${id}`, { replace: true, state: null });
  };
  const save = useMutation({
    mutationFn: () => {
      const trimmedNote = note.trim() || undefined;
      if (!card) return healthApi.createScorecard({ name: name.trim(), rule, definition, note: trimmedNote });
      return healthApi.updateScorecard(card.id, {
        name: name.trim(),
        ...(isDefault ? {} : { rule }),
        ...(definitionChanged ? { definition, note: trimmedNote } : {}),
      });
    },
    onSuccess: ({ id }) => {
      notifySaved(!card ? t('health.editor.created') : definitionChanged ? t('health.editor.savedVersion', { version: card.version + 1 }) : t('health.editor.saved'));
      done(id);
    },
  });
  const remove = useMutation({
    mutationFn: () => healthApi.deleteScorecard(card?.id ?? ''),
    onSuccess: () => {
      leaving.current = true;
      setDeleting(false);
      notifySaved(t('health.editor.deleted'));
      void queryClient.invalidateQueries({ queryKey: healthKeys.all });
      navigate('/health/scorecards');
    },
    onError: (error) => { setDeleting(false); notifyError(t, error); },
  });
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    canConfigure && dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname);

  const canSave = canConfigure && valid && !save.isPending && (preview.changed ? preview.fresh : nameChanged);
  const saveHint = !valid ? t('health.editor.fixToSave')
    : preview.changed && !preview.fresh ? t('health.editor.waitForPreview')
      : !dirty ? t('health.editor.nothingToSave') : null;
  const server = fieldErrors(save.error, t);

  return (
    <>
      <PageHeader
        title={card ? card.name : t('health.editor.newTitle')}
        subtitle={card
          ? t(isDefault ? 'health.editor.subtitleDefault' : 'health.editor.subtitle', { version: card.version, count: card.accounts })
          : t('health.editor.newSubtitle')}
        actions={<>
          <Button component={Link} to="/health/scorecards" variant="default" leftSection={<IconArrowLeft size={16} />}>{t('health.editor.backToList')}</Button>
          {card && !isDefault && canConfigure && (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>{t('common.delete')}</Button>
          )}
        </>} />
      {!canConfigure && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} mb="md" data-testid="read-only">{t('health.editor.readOnly')}</Alert>
      )}
      {prefill && (
        <Alert color="ai" variant="light" icon={<IconWand size={18} />} mb="md" data-testid="prefill-notice">{t('health.editor.prefilled')}</Alert>
      )}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <fieldset disabled={!canConfigure} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="md">
              <Paper p="lg">
                <Title order={4} fz={16} mb="sm">{t('health.editor.basics')}</Title>
                <TextInput label={t('health.editor.name')} maw={420} value={name} onChange={(e) => setName(e.currentTarget.value)}
                  error={server.name ?? (problems.some((p) => p.path === 'name') && name !== '' ? t('health.problems.name_required') : undefined)} />
                <Text size="sm" fw={500} mt="md" mb={4}>{t('health.editor.appliesTo')}</Text>
                <RuleEditor rule={rule} isDefault={isDefault} problems={problems} onChange={setRule} />
              </Paper>
              <Paper p="lg">
                <Title order={4} fz={16} mb="sm">{t('health.editor.bands')}</Title>
                <BandsEditor bands={definition.bands} problems={problems} onChange={(bands) => setDefinition((d) => ({ ...d, bands }))} />
              </Paper>
              <Paper p="lg">
                <Title order={4} fz={16}>{t('health.editor.measures')}</Title>
                <Text size="sm" c="dimmed" mb="sm">{t('health.editor.measuresHint')}</Text>
                <ScoreTreeEditor root={definition.root} problems={problems} onChange={(root) => setDefinition((d) => ({ ...d, root }))} />
              </Paper>
            </Stack>
          </fieldset>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 72 }}>
            <PreviewPanel preview={preview} valid={valid} />
            {canConfigure && (
              <Paper p="md" radius="md" data-testid="save-panel">
                <Stack gap="sm">
                  {definitionChanged && (
                    <Textarea label={t('health.editor.note')} description={t('health.editor.noteHint')} autosize minRows={2} maxRows={5} maxLength={500}
                      value={note} onChange={(e) => setNote(e.currentTarget.value)} />
                  )}
                  {save.isError && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
                  {!valid && <ProblemList problems={uniqueCodes(problems)} />}
                  <Button leftSection={<IconDeviceFloppy size={16} />} disabled={!canSave} loading={save.isPending} onClick={() => save.mutate()}>
                    {card && definitionChanged ? t('health.editor.saveAsVersion', { version: card.version + 1 }) : t('common.save')}
                  </Button>
                  {saveHint && (
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <IconInfoCircle size={14} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0, marginTop: 3 }} />
                      <Text size="xs" c="dimmed">{saveHint}</Text>
                    </Group>
                  )}
                </Stack>
              </Paper>
            )}
            {card && (
              <VersionHistory scorecardId={card.id} current={card.version} canLoad={canConfigure}
                onLoad={(v) => { setDefinition(v.definition); setNote(t('health.versions.restoredNote', { version: v.version })); }} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmDialog opened={deleting} onClose={() => setDeleting(false)} loading={remove.isPending}
        title={t('health.editor.deleteTitle')} message={t('health.editor.deleteMessage', { name: card?.name ?? '' })}
        confirmLabel={t('common.delete')} onConfirm={() => remove.mutate()} />
      <ConfirmDialog opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()}
        title={t('health.editor.leaveTitle')} message={t('health.editor.leaveMessage')}
        confirmLabel={t('health.editor.leave')} onConfirm={() => blocker.proceed?.()} />
    </>
  );
}
