/** Downloads a table as CSV: the same report URL with format=csv (the session cookie goes along, same origin). */
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function CsvButton({ href, fileName }: { href: string; fileName: string }) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={href} download={fileName} size="xs" variant="default" leftSection={<IconDownload size={14} />}
      data-testid="csv-export">
      {t('revenue.exportCsv')}
    </Button>
  );
}
