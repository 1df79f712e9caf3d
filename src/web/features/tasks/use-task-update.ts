/** Changing a task from any screen: the server call, a toast, and fresh task lists, "follow today" and the timeline. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/client';
import { taskKeys, tasksApi, type Task, type TaskPatch } from '../../api/tasks';
import { notifyError, notifySaved } from '../../lib/notify';

export function useTaskUpdate() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, patch }: { task: Task; patch: TaskPatch }) => tasksApi.update(task.id, patch),
    onSuccess: (updated, { patch }) => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      void queryClient.invalidateQueries({ queryKey: keys.timeline(updated.accountId) });
      const message = patch.status === 'done' ? 'tasks.toast.done' : patch.status === 'open' ? 'tasks.toast.reopened'
        : patch.status === 'cancelled' ? 'tasks.toast.cancelled' : 'tasks.toast.saved';
      notifySaved(t(message, { title: updated.title }));
    },
    onError: (error) => notifyError(t, error),
  });
}
