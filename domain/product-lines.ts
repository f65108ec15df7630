/** The insurer's product lines (DOMAIN.md §1, §3, §4). */
export const productLines = [
  'liability', // BA uitbating / onderneming
  'bodily_accident', // Lichamelijke ongevallen
  'workplace_accident', // Arbeidsongevallen, with the private-life guarantee
  'fire', // Brand
  'collective_hospitalisation', // Collectieve hospitalisatie
  'motor', // Auto
  'omnium_assignment', // Omnium opdracht
  'accident_income', // Verzekerd Inkomen
] as const;
export type ProductLine = (typeof productLines)[number];
