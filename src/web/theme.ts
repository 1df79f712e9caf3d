/**
 * The look: one calm primary colour (藍, a deep blue-teal), Japanese-first typography
 * with comfortable line height, compact but readable controls.
 */
import { createTheme, type MantineColorsTuple } from '@mantine/core';

const ai: MantineColorsTuple = [
  '#e9f4f9', '#d5e6ef', '#a8cbde', '#78afcd', '#5197bf', '#3988b6', '#2b80b3', '#1c6d9d', '#0e618d', '#00537c',
];

const fontFamily = '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", Meiryo, system-ui, sans-serif';

export const theme = createTheme({
  primaryColor: 'ai',
  primaryShade: 7,
  colors: { ai },
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm', comboboxProps: { withinPortal: true } } },
    Badge: { defaultProps: { variant: 'light', radius: 'sm', tt: 'none' } },
    Table: { defaultProps: { verticalSpacing: 'xs', horizontalSpacing: 'sm', highlightOnHover: true } },
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    Modal: { defaultProps: { centered: true, radius: 'md' } },
  },
});
