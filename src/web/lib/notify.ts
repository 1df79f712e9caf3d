/** Toasts after a save or a failure, one look for the whole app. */
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorText } from './errors';

export function notifySaved(message: string): void {
  notifications.show({ message, color: 'teal', autoClose: 2500 });
}

export function notifyError(t: TFunction, error: unknown): void {
  notifications.show({ title: t('errors.title'), message: errorText(t, error), color: 'red', autoClose: 6000 });
}
