import { ComponentType, lazy } from 'react';

/** A page loaded from its own file the first time it is shown; the layout's Suspense shows progress meanwhile. */
export const lazyPage = <Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) =>
  lazy(async () => ({ default: (await load())[name] }));
