/** /voc — the voice of the customer: the ranked requests and pains, and the inbox of words not yet triaged. The open item lives in ?item=. */
import { useState } from 'react';
import { Button, Tabs } from '@mantine/core';
import { IconInbox, IconListNumbers, IconPlus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { VocListQuery } from '../../api/voc';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../session/use-session';
import { CandidatesInbox } from './CandidatesInbox';
import { ItemFormModal } from './ItemFormModal';
import { VocItemDrawer } from './VocItemDrawer';
import { VocRankingTable } from './VocRankingTable';

export function VocPage() {
  const { t } = useTranslation();
  const canWrite = useCan('data.write');
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState<VocListQuery>({ sort: 'accounts' });
  const [creating, setCreating] = useState(false);
  const tab = params.get('tab') === 'inbox' ? 'inbox' : 'ranking';
  const itemId = params.get('item');
  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v === null) next.delete(k); else next.set(k, v);
    setParams(next, { replace: true });
  };
  const openItem = (id: string) => update({ item: id });
  return (
    <>
      <PageHeader title={t('voc.title')} subtitle={t('voc.subtitle')}
        actions={canWrite && <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="voc-new">{t('voc.actions.new')}</Button>} />
      <Tabs value={tab} onChange={(v) => update({ tab: v === 'inbox' ? 'inbox' : null })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="ranking" leftSection={<IconListNumbers size={16} />}>{t('voc.tabs.ranking')}</Tabs.Tab>
          <Tabs.Tab value="inbox" leftSection={<IconInbox size={16} />} data-testid="voc-tab-inbox">{t('voc.tabs.inbox')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ranking"><VocRankingTable query={query} onQuery={setQuery} onOpen={openItem} /></Tabs.Panel>
        <Tabs.Panel value="inbox"><CandidatesInbox /></Tabs.Panel>
      </Tabs>
      <VocItemDrawer itemId={itemId} onClose={() => update({ item: null })} />
      <ItemFormModal opened={creating} onClose={() => setCreating(false)} item={null} onCreated={openItem} />
    </>
  );
}
