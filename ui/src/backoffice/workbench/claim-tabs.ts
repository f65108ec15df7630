/** The claim file's tabs, in order; the open one is in the address (`?tab=financials`), so a reload or a link keeps it. */
export const claimTabs = ['overview', 'declaration', 'documents', 'financials', 'benefits', 'diary', 'notes', 'messages', 'deadlines', 'history'] as const;
export type ClaimTab = (typeof claimTabs)[number];

export const isClaimTab = (value: string | null): value is ClaimTab => claimTabs.includes(value as ClaimTab);

/** The workplace accident's benefits (arbeidsongeval, seed 004) have a tab of their own; other claims do not. */
export const tabsOf = (type: string): readonly ClaimTab[] => (type === 'workplace_accident' ? claimTabs : claimTabs.filter((tab) => tab !== 'benefits'));

/** The tab's id and its panel's, tied together for assistive technology. */
export const tabId = (tab: ClaimTab) => `claim-tab-${tab}`;
export const panelId = (tab: ClaimTab) => `claim-tabpanel-${tab}`;
