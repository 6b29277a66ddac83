import { Text, type TextProps } from '@mantine/core'

/**
 * A file path cut at the start when too long (the file name matters most). Mantine's start-truncation
 * uses right-to-left direction; the inner left-to-right span keeps the slashes where they belong.
 */
export function PathText({ path, ...props }: TextProps & { path: string; 'data-testid'?: string }) {
  return (
    <Text truncate="start" title={path} style={{ minWidth: 0 }} {...props}>
      <span dir="ltr">{path}</span>
    </Text>
  )
}
