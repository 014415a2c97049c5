import { options } from 'preact';

/**
 * Where Preact's React compatibility layer differs from React in a way a user would notice, and the
 * fix. Imported once, before the first render (main.tsx, and the test setup).
 *
 * - `tabIndex` on an SVG element: React writes the `tabindex` attribute; Preact writes `tabIndex`
 *   as given, and an SVG element's attributes are case-sensitive, so the chart hits would not be
 *   focusable from the keyboard. The lower-case name means the same on HTML elements.
 */
const previous = options.vnode;
options.vnode = (vnode) => {
  const props = vnode.props as Record<string, unknown> | null;
  if (typeof vnode.type === 'string' && props && 'tabIndex' in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  previous?.(vnode);
};
