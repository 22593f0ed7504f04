import { Button, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useLang } from '../i18n';

/**
 * Forward cursor paging over a connection: page n asks for `after` = the end cursor of page n-1.
 * The cursors of pages already seen are kept, so "previous" needs no backward cursor from the API.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const page = cursors.length - 1;
  return {
    after: cursors[page],
    page,
    next: useCallback((endCursor: string) => setCursors((c) => [...c, endCursor]), []),
    previous: useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []),
    reset: useCallback(() => setCursors([undefined]), []),
  };
}

interface Props {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number;
  pageSize: number;
}

/** "Page 2 · 41–60 of 75", previous and next. */
export function Pager({ pages, pageInfo, totalCount, pageSize }: Props) {
  const { t } = useLang();
  if (!pageInfo || (!pages.page && !pageInfo.hasNextPage)) return null;
  const from = pages.page * pageSize + 1;
  return (
    <Space wrap style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
      <Typography.Text type="secondary">
        {t('pager.range', {
          from,
          to: Math.min(from + pageSize - 1, totalCount ?? Infinity),
          total: totalCount ?? '?',
        })}
      </Typography.Text>
      <Button size="small" disabled={!pages.page} onClick={pages.previous}>
        {t('pager.previous')}
      </Button>
      <Button
        size="small"
        disabled={!pageInfo.hasNextPage || !pageInfo.endCursor}
        onClick={() => pages.next(pageInfo.endCursor!)}
      >
        {t('pager.next')}
      </Button>
    </Space>
  );
}
