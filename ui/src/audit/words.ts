/** The auditors' words; nl is the reference, fr and en have the same keys. */
export const auditNl = {
  search: {
    title: 'Workflows', type: 'Soort', status: 'Status', organisation: 'Organisatie (id)', from: 'Gestart vanaf', to: 'Gestart tot en met',
    workflowId: 'Workflow', startTime: 'Gestart', closeTime: 'Beëindigd', temporal: 'Temporal', openInTemporal: 'Openen in Temporal Web UI',
  },
  workflowStatus: {
    running: 'Loopt', completed: 'Voltooid', failed: 'Mislukt', terminated: 'Stopgezet', canceled: 'Geannuleerd', timed_out: 'Verlopen',
    continued_as_new: 'Opnieuw gestart', unknown: 'Onbekend',
  },
  timeline: {
    title: 'Tijdlijn', back: 'Terug naar de workflows', at: 'Tijdstip', summary: 'Wat', actor: 'Wie', raw: 'Ruwe gebeurtenis', exportJson: 'JSON exporteren',
    replay: 'Opnieuw afspelen', replaying: 'Bezig met opnieuw afspelen…', deterministic: 'Deterministisch: de huidige code neemt dezelfde beslissingen',
    nondeterministic: 'Niet deterministisch: {{error}}', system: 'systeem',
  },
  role: { customer: 'klant', handler: 'dossierbeheerder', senior_handler: 'senior dossierbeheerder', auditor: 'auditor', system: 'systeem' },
};
export type AuditWords = typeof auditNl;

export const auditFr: AuditWords = {
  search: {
    title: 'Workflows', type: 'Type', status: 'Statut', organisation: 'Organisation (id)', from: 'Démarré à partir du', to: "Démarré jusqu'au",
    workflowId: 'Workflow', startTime: 'Démarré', closeTime: 'Terminé', temporal: 'Temporal', openInTemporal: 'Ouvrir dans Temporal Web UI',
  },
  workflowStatus: {
    running: 'En cours', completed: 'Terminé', failed: 'Échoué', terminated: 'Arrêté', canceled: 'Annulé', timed_out: 'Expiré',
    continued_as_new: 'Redémarré', unknown: 'Inconnu',
  },
  timeline: {
    title: 'Chronologie', back: 'Retour aux workflows', at: 'Moment', summary: 'Quoi', actor: 'Qui', raw: 'Événement brut', exportJson: 'Exporter en JSON',
    replay: 'Rejouer', replaying: 'Rejeu en cours…', deterministic: 'Déterministe : le code actuel prend les mêmes décisions',
    nondeterministic: 'Non déterministe : {{error}}', system: 'système',
  },
  role: { customer: 'client', handler: 'gestionnaire', senior_handler: 'gestionnaire senior', auditor: 'auditeur', system: 'système' },
};

export const auditEn: AuditWords = {
  search: {
    title: 'Workflows', type: 'Type', status: 'Status', organisation: 'Organisation (id)', from: 'Started from', to: 'Started until',
    workflowId: 'Workflow', startTime: 'Started', closeTime: 'Closed', temporal: 'Temporal', openInTemporal: 'Open in Temporal Web UI',
  },
  workflowStatus: {
    running: 'Running', completed: 'Completed', failed: 'Failed', terminated: 'Terminated', canceled: 'Canceled', timed_out: 'Timed out',
    continued_as_new: 'Continued as new', unknown: 'Unknown',
  },
  timeline: {
    title: 'Timeline', back: 'Back to the workflows', at: 'When', summary: 'What', actor: 'Who', raw: 'Raw event', exportJson: 'Export JSON',
    replay: 'Replay', replaying: 'Replaying…', deterministic: 'Deterministic: the current code takes the same decisions',
    nondeterministic: 'Not deterministic: {{error}}', system: 'system',
  },
  role: { customer: 'customer', handler: 'claims handler', senior_handler: 'senior claims handler', auditor: 'auditor', system: 'system' },
};
