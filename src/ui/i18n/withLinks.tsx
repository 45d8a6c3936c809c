import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * Text with named links, such as "read <library>all the rights</library>". A few lines instead of
 * <Trans>, whose HTML parser would otherwise ship with the first page.
 */
export function withLinks(text: string, links: Record<string, string>): ReactNode[] {
  return text.split(/(<\w+>.*?<\/\w+>)/).map((part, i) => {
    const m = /^<(\w+)>(.*?)<\/\1>$/.exec(part);
    const to = m?.[1] ? links[m[1]] : undefined;
    return m && to ? <Link key={i} to={to}>{m[2]}</Link> : <Fragment key={i}>{part}</Fragment>;
  });
}
