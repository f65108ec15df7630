import type { MenuItem } from '../api/session';

/** Where each item of the portal's menu (`me.organisations[].menuItems`) leads. */
export const menuPaths: Record<MenuItem, string> = {
  my_data: '/my-data',
  my_policies: '/policies',
  my_claims: '/claims',
  declare: '/declare',
};

/** Pages that belong to a menu item without being its address: the drafts and the wizard belong to Declare. */
const sectionAliases: Record<string, string> = { '/declarations': '/declare' };

/** The menu item a page belongs to, from its path: /claims/123 belongs to my_claims. */
export function menuItemOf(pathname: string): MenuItem | undefined {
  const first = `/${pathname.split('/')[1] ?? ''}`;
  const section = sectionAliases[first] ?? first;
  return (Object.keys(menuPaths) as MenuItem[]).find((item) => menuPaths[item] === section);
}
