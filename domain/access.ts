import type { AccessLevel } from '../db/models/user';

/** The portal's menu items (seed 000: "Toegang tot het portaal"). */
export const menuItems = ['my_data', 'my_policies', 'my_claims', 'declare'] as const;
export type MenuItem = (typeof menuItems)[number];

/** Full access: every menu item; limited access: My data and My claims only. */
export const menuItemsFor = (level: AccessLevel): MenuItem[] =>
  level === 'full' ? [...menuItems] : ['my_data', 'my_claims'];

/** The access level a menu item needs. */
export const levelNeededFor = (item: MenuItem): AccessLevel => (menuItemsFor('limited').includes(item) ? 'limited' : 'full');
