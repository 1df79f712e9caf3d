/**
 * The import wizard (SPEC §3.1): kind → file → mapping → dry run → run. Each step can go
 * back; the mapping is saved and dry-run together so the preview always matches what runs.
 */
import { useCallback, useState } from 'react';
import { Button, Group, Paper, Stepper } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import type { DryRunResult, ImportJob, ImportKind } from '../../api/types';
import { fieldErrors } from '../../lib/errors';
import { notifyError } from '../../lib/notify';
import { DryRunStep } from './DryRunStep';
import { KindStep } from './KindStep';
import { MappingStep } from './MappingStep';
import { checkMapping } from './mapping-check';
import { RunStep } from './RunStep';
import { UploadStep } from './UploadStep';

export function ImportWizard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [dryRun, setDryRun] = useState<DryRunResult | null>(null);
  const [running, setRunning] = useState<ImportJob | null>(null);
  const [finished, setFinished] = useState(false);
  const markFinished = useCallback(() => {
    setFinished(true);
    // Whatever the import touched is now stale on every screen that shows it.
    for (const key of [keys.accounts, ['contacts'], ['subscriptions'], ['subscription-events'], ['timeline'], keys.importJobs]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  }, [queryClient]);

  const preview = useMutation({
    mutationFn: async (current: ImportJob) => {
      const saved = await api.updateImportMapping(current.id, mapping);
      return { saved, result: await api.dryRunImport(current.id) };
    },
    onSuccess: ({ saved, result }) => {
      if (saved) setJob(saved);
      setDryRun(result);
      setStep(3);
    },
  });
  const run = useMutation({
    mutationFn: (current: ImportJob) => api.runImport(current.id),
    onSuccess: (started) => {
      setRunning(started);
      setStep(4);
      void queryClient.invalidateQueries({ queryKey: keys.importJobs });
    },
    onError: (error) => notifyError(t, error),
  });
  const reset = () => {
    setStep(0);
    setKind(null);
    setJob(null);
    setMapping({});
    setDryRun(null);
    setRunning(null);
    setFinished(false);
    preview.reset();
    void queryClient.invalidateQueries({ queryKey: keys.accounts });
  };
  const check = job ? checkMapping(job.kind, mapping) : null;
  const mappingReady = check !== null && check.missing.length === 0 && check.duplicates.size === 0;

  const next = () => {
    if (step === 0 && kind) setStep(1);
    else if (step === 1 && job) setStep(2);
    else if (step === 2 && job) preview.mutate(job);
    else if (step === 3 && job) run.mutate(job);
  };
  const canNext = (step === 0 && kind !== null) || (step === 1 && job !== null) || (step === 2 && mappingReady) || step === 3;
  const nextLabel = step === 2 ? t('imports.dryRun') : step === 3 ? t('imports.run') : t('common.next');

  return (
    <Paper p="lg">
      <Stepper active={finished ? 5 : step} size="sm" allowNextStepsSelect={false} mb="lg"
        onStepClick={(s) => { if (!running && s < step) setStep(s); }}>
        <Stepper.Step label={t('imports.steps.kind')} />
        <Stepper.Step label={t('imports.steps.file')} />
        <Stepper.Step label={t('imports.steps.mapping')} />
        <Stepper.Step label={t('imports.steps.preview')} />
        <Stepper.Step label={t('imports.steps.run')} />
      </Stepper>
      {step === 0 && <KindStep value={kind} onChange={(k) => { if (k !== kind) { setJob(null); setDryRun(null); } setKind(k); }} />}
      {step === 1 && kind && (
        <UploadStep kind={kind} job={job} onUploaded={(uploaded) => { setJob(uploaded); setMapping(uploaded.mapping); setDryRun(null); }} />
      )}
      {step === 2 && job && (
        <MappingStep job={job} mapping={mapping} onChange={(m) => { setMapping(m); setDryRun(null); }} serverIssues={fieldErrors(preview.error)} />
      )}
      {step === 3 && dryRun && <DryRunStep result={dryRun} />}
      {step === 4 && running && <RunStep started={running} onAnother={reset} onFinished={markFinished} />}
      {step < 4 && (
        <Group justify="space-between" mt="xl">
          <Button variant="default" leftSection={<IconArrowLeft size={16} />} disabled={step === 0} onClick={() => setStep((s) => Math.max(0, s - 1))}>
            {t('common.back')}
          </Button>
          <Button onClick={next} disabled={!canNext} loading={preview.isPending || run.isPending} data-testid="wizard-next"
            rightSection={step === 3 ? <IconPlayerPlay size={16} /> : <IconArrowRight size={16} />}>
            {nextLabel}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
