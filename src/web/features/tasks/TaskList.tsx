/**
 * Tasks in sections, keyboard-friendly: j/k or ↑/↓ move between tasks, x ticks the focused one
 * off (or reopens it), e edits it, Enter opens its account. Keys typed into a field or while an
 * IME is composing are left alone.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Box, Group, Text } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../api/tasks';
import { isComposingKey } from '../../lib/ime';
import { moveIndex } from './task-groups';
import { TaskRow } from './TaskRow';
import { useTaskUpdate } from './use-task-update';

export interface Section {
  key: string;
  title: string;
  color?: string;
  items: Task[];
}

interface Props {
  sections: Section[];
  showAccount: boolean;
  showAssignee: boolean;
  canWrite: boolean;
  onEdit: (task: Task) => void;
  /** a task to bring into view and focus once listed (a notification's link: /tasks?task=<id>) */
  focusId?: string | null;
}

export function TaskList({ sections, showAccount, showAssignee, canWrite, onEdit, focusId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useTaskUpdate();
  const rows = useRef<Array<HTMLDivElement | null>>([]);
  const [focused, setFocused] = useState(0);
  const flat = sections.flatMap((s) => s.items);
  const focusIndex = focusId ? flat.findIndex((task) => task.id === focusId) : -1;
  useEffect(() => {
    if (focusIndex < 0) return;
    rows.current[focusIndex]?.scrollIntoView({ block: 'center' });
    rows.current[focusIndex]?.focus();
  }, [focusIndex]);
  const toggle = (task: Task) => update.mutate({ task, patch: { status: task.status === 'done' ? 'open' : 'done' } });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (isComposingKey(event) || event.altKey || event.ctrlKey || event.metaKey || !target.hasAttribute('data-task-row')) return;
    const next = moveIndex(focused, event.key, flat.length);
    if (next !== null) {
      event.preventDefault();
      rows.current[next]?.focus();
      return;
    }
    const task = flat[focused];
    if (!task) return;
    if (event.key === 'x' && canWrite && task.status !== 'cancelled') { event.preventDefault(); toggle(task); }
    else if (event.key === 'e' && canWrite) { event.preventDefault(); onEdit(task); }
    else if (event.key === 'Enter') { event.preventDefault(); void navigate(`/accounts/${task.accountId}?tab=tasks`); }
  };

  let index = 0;
  return (
    <Box onKeyDown={onKeyDown} data-testid="task-list">
      {sections.map((section) => (
        <Box key={section.key} data-testid={`task-section-${section.key}`}>
          <Group px="md" py={6} gap="xs" bg="var(--mantine-color-gray-0)" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            <Text size="xs" fw={700} c={section.color}>{section.title}</Text>
            <Text size="xs" c="dimmed">{t('tasks.count', { count: section.items.length })}</Text>
          </Group>
          {section.items.map((task) => {
            const i = index++;
            return (
              <TaskRow key={task.id} ref={(el) => { rows.current[i] = el; }} task={task} showAccount={showAccount} showAssignee={showAssignee}
                canWrite={canWrite} onFocus={() => setFocused(i)} onToggle={() => toggle(task)} onEdit={() => onEdit(task)}
                onCancel={() => update.mutate({ task, patch: { status: 'cancelled' } })} />
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
