import type { PolicyDocumentKind } from '../../domain/policy-documents';
import type { TextLanguage } from './policy-vocabulary';

/*
 * The wording of each policy document (polisdocument): one Handlebars template per kind and language; the
 * titles are in domain/policy-documents.ts. A rendered template is read line by line: `# ` starts a heading,
 * `[[name]]` places a block laid out in code (a table, a list, the signature), a blank line ends a paragraph.
 */

const nl: Record<PolicyDocumentKind, string> = {
  special_conditions: `
De bijzondere voorwaarden beschrijven uw overeenkomst: wie verzekerd is, wat verzekerd is en tegen welke premie. Samen met de algemene voorwaarden vormen zij de polis; bij tegenstrijdigheid gaan de bijzondere voorwaarden voor.
# Uw polis
[[policy]]
# Verzekerd risico
[[insuredObject]]
# Verzekerde waarborgen
[[guarantees]]
{{#if hasTerms}}
# Bijzondere bepalingen
[[terms]]
{{/if}}
Opgemaakt te {{insurer.city}} op {{issuedOn}}.
[[signature]]`,
  general_conditions: `
Deze algemene voorwaarden gelden voor alle polissen {{policy.productLine}} van {{insurer.name}}, waaronder polis {{policy.number}}. De bijzondere voorwaarden vullen ze aan en gaan bij tegenstrijdigheid voor.
# Artikel 1 – Voorwerp van de verzekering
{{conditions.scope}}
# Artikel 2 – Uitsluitingen
{{conditions.exclusions}}
# Artikel 3 – Schadegevallen
{{conditions.claims}}
# Artikel 4 – Duur en premie
De overeenkomst wordt gesloten voor één jaar en telkens stilzwijgend verlengd voor een jaar, tenzij een partij ze ten minste drie maanden vóór de jaarlijkse vervaldag opzegt bij aangetekende brief of door afgifte van de opzeggingsbrief tegen ontvangstbewijs. De premie is jaarlijks vooraf betaalbaar.
# Artikel 5 – Klachten
Klachten kunt u richten aan de klachtendienst van {{insurer.name}} ({{insurer.complaintsEmail}}). Bent u niet tevreden met het antwoord, dan kunt u terecht bij de Ombudsman van de Verzekeringen, de Meeûsplantsoen 35, 1000 Brussel.
# Artikel 6 – Toepasselijk recht
Op deze overeenkomst is het Belgisch recht van toepassing, in het bijzonder de wet van 4 april 2014 betreffende de verzekeringen.`,
  insurance_certificate: `
{{insurer.name}}, verzekeringsonderneming toegelaten onder FSMA-nummer {{insurer.fsmaNumber}}, verklaart dat {{organisation.name}} (ondernemingsnummer {{organisation.enterpriseNumber}}) bij haar de polis {{policy.number}} – {{policy.productLine}} heeft gesloten.

{{#if policy.active}}Op {{today}} is de polis van kracht voor de verzekeringsperiode van {{period.from}} tot en met {{period.to}}, onder voorbehoud van de betaling van de premie.{{else}}Op {{today}} is de polis niet van kracht ({{policy.status}}).{{/if}}
# Verzekerd risico
[[insuredObject]]
# Verzekerde waarborgen
[[guarantees]]
Dit bewijs bevestigt het bestaan van de dekking; het wijzigt de polisvoorwaarden niet.
[[signature]]`,
  green_card: `
Internationaal verzekeringsbewijs voor motorrijtuigen. Deze kaart bewijst dat het onderstaande voertuig verzekerd is voor de burgerlijke aansprakelijkheid in de landen waarvan de code hieronder vermeld staat.
[[greenCard]]
Houd deze kaart altijd in het voertuig. Vul bij een ongeval met de tegenpartij het Europees aanrijdingsformulier in en meld het ongeval zo snel mogelijk aan {{insurer.name}}.`,
  endorsement: `
{{insurer.city}}, {{issuedOn}}

Betreft: bijvoegsel nr. {{endorsement.number}} bij polis {{policy.number}} – {{policy.productLine}}

Geachte klant,

Op uw verzoek breiden wij de dekking van uw polis uit met ingang van {{endorsement.effectiveOn}}. Dit bijvoegsel wijzigt de bijzondere voorwaarden als volgt.
# Toegevoegde waarborgen
[[addedGuarantees]]
{{#if hasTerms}}
# Bijzondere bepalingen vanaf die datum
[[terms]]
{{/if}}
De jaarpremie bedraagt vanaf {{endorsement.effectiveOn}} {{policy.premium}}, taksen inbegrepen. Alle andere voorwaarden van uw polis blijven ongewijzigd. Bewaar deze brief bij uw polis.

Met vriendelijke groeten,
[[signature]]`,
  insured_risks: `
De risico’s die op {{today}} verzekerd zijn door polis {{policy.number}} – {{policy.productLine}}, met de waarborgen die voor elk risico gelden.
[[risks]]
{{#if hasTerms}}
# Bijzondere bepalingen
[[terms]]
{{/if}}
Deze lijst maakt deel uit van de bijzondere voorwaarden. Meld ons elke wijziging van een risico (nieuw voertuig, nieuwe vestiging, verbouwing), zodat wij de dekking kunnen aanpassen.`,
  provisional_cover: `
{{insurer.name}} verleent {{organisation.name}} een voorlopige dekking voor polis {{policy.number}} – {{policy.productLine}}, in afwachting van de ondertekening van de definitieve polis.

De voorlopige dekking loopt van {{provisional.from}} tot en met {{provisional.to}} en eindigt vroeger zodra de definitieve polis in werking treedt. Zij verleent de hieronder vermelde waarborgen onder de algemene voorwaarden van het product.
# Verzekerd risico
[[insuredObject]]
# Voorlopig verzekerde waarborgen
[[guarantees]]
[[signature]]`,
  claims_history: `
{{insurer.name}} verklaart dat voor polis {{policy.number}} – {{policy.productLine}} op naam van {{organisation.name}}, van kracht sinds {{policy.start}}, in de periode van {{history.from}} tot en met {{history.to}} {{#if claims.length}}de volgende schadegevallen werden geregistreerd:{{else}}geen enkel schadegeval werd geregistreerd.{{/if}}
{{#if claims.length}}
[[claims]]
{{/if}}
Dit attest geeft het schadeverloop van de laatste vijf jaar weer. Het wordt uitsluitend aan de verzekeringnemer afgeleverd.
[[signature]]`,
};

const fr: Record<PolicyDocumentKind, string> = {
  special_conditions: `
Les conditions particulières décrivent votre contrat : qui est assuré, ce qui est assuré et pour quelle prime. Avec les conditions générales, elles forment la police ; en cas de contradiction, les conditions particulières priment.
# Votre police
[[policy]]
# Risque assuré
[[insuredObject]]
# Garanties assurées
[[guarantees]]
{{#if hasTerms}}
# Dispositions particulières
[[terms]]
{{/if}}
Fait à {{insurer.city}} le {{issuedOn}}.
[[signature]]`,
  general_conditions: `
Ces conditions générales s'appliquent à toutes les polices {{policy.productLine}} de {{insurer.name}}, dont la police {{policy.number}}. Les conditions particulières les complètent et priment en cas de contradiction.
# Article 1 – Objet de l'assurance
{{conditions.scope}}
# Article 2 – Exclusions
{{conditions.exclusions}}
# Article 3 – Sinistres
{{conditions.claims}}
# Article 4 – Durée et prime
Le contrat est conclu pour un an et reconduit tacitement d'année en année, sauf si une partie le résilie au moins trois mois avant l'échéance annuelle par lettre recommandée ou par remise de la lettre de résiliation contre récépissé. La prime est payable annuellement et par anticipation.
# Article 5 – Plaintes
Toute plainte peut être adressée au service des plaintes de {{insurer.name}} ({{insurer.complaintsEmail}}). Si la réponse ne vous satisfait pas, vous pouvez vous adresser à l'Ombudsman des Assurances, square de Meeûs 35, 1000 Bruxelles.
# Article 6 – Droit applicable
Le contrat est régi par le droit belge, en particulier par la loi du 4 avril 2014 relative aux assurances.`,
  insurance_certificate: `
{{insurer.name}}, entreprise d'assurance agréée sous le numéro FSMA {{insurer.fsmaNumber}}, certifie que {{organisation.name}} (numéro d'entreprise {{organisation.enterpriseNumber}}) a souscrit auprès d'elle la police {{policy.number}} – {{policy.productLine}}.

{{#if policy.active}}Au {{today}}, la police est en vigueur pour la période d'assurance du {{period.from}} au {{period.to}} inclus, sous réserve du paiement de la prime.{{else}}Au {{today}}, la police n'est pas en vigueur ({{policy.status}}).{{/if}}
# Risque assuré
[[insuredObject]]
# Garanties assurées
[[guarantees]]
Cette attestation confirme l'existence de la couverture ; elle ne modifie pas les conditions de la police.
[[signature]]`,
  green_card: `
Carte internationale d'assurance automobile. Cette carte atteste que le véhicule ci-dessous est assuré en responsabilité civile dans les pays dont le code figure ci-dessous.
[[greenCard]]
Gardez toujours cette carte dans le véhicule. En cas d'accident, remplissez le constat européen avec la partie adverse et déclarez l'accident au plus vite à {{insurer.name}}.`,
  endorsement: `
{{insurer.city}}, le {{issuedOn}}

Objet : avenant n° {{endorsement.number}} à la police {{policy.number}} – {{policy.productLine}}

Madame, Monsieur,

À votre demande, nous étendons la couverture de votre police à partir du {{endorsement.effectiveOn}}. Le présent avenant modifie les conditions particulières comme suit.
# Garanties ajoutées
[[addedGuarantees]]
{{#if hasTerms}}
# Dispositions particulières à partir de cette date
[[terms]]
{{/if}}
À partir du {{endorsement.effectiveOn}}, la prime annuelle s'élève à {{policy.premium}}, taxes comprises. Toutes les autres conditions de votre police restent inchangées. Conservez cette lettre avec votre police.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.
[[signature]]`,
  insured_risks: `
Les risques assurés au {{today}} par la police {{policy.number}} – {{policy.productLine}}, avec les garanties qui s'appliquent à chacun.
[[risks]]
{{#if hasTerms}}
# Dispositions particulières
[[terms]]
{{/if}}
Cette liste fait partie des conditions particulières. Signalez-nous toute modification d'un risque (nouveau véhicule, nouveau site, transformation) afin que nous adaptions la couverture.`,
  provisional_cover: `
{{insurer.name}} accorde à {{organisation.name}} une couverture provisoire pour la police {{policy.number}} – {{policy.productLine}}, dans l'attente de la signature de la police définitive.

La couverture provisoire court du {{provisional.from}} au {{provisional.to}} inclus et prend fin plus tôt dès l'entrée en vigueur de la police définitive. Elle accorde les garanties ci-dessous aux conditions générales du produit.
# Risque assuré
[[insuredObject]]
# Garanties provisoirement assurées
[[guarantees]]
[[signature]]`,
  claims_history: `
{{insurer.name}} certifie que, pour la police {{policy.number}} – {{policy.productLine}} au nom de {{organisation.name}}, en vigueur depuis le {{policy.start}}, {{#if claims.length}}les sinistres suivants ont été enregistrés du {{history.from}} au {{history.to}} inclus :{{else}}aucun sinistre n'a été enregistré du {{history.from}} au {{history.to}} inclus.{{/if}}
{{#if claims.length}}
[[claims]]
{{/if}}
Cette attestation reflète la sinistralité des cinq dernières années. Elle est délivrée exclusivement au preneur d'assurance.
[[signature]]`,
};

const en: Record<PolicyDocumentKind, string> = {
  special_conditions: `
The special conditions describe your contract: who is insured, what is insured and for which premium. Together with the general conditions they form the policy; where they disagree, the special conditions prevail.
# Your policy
[[policy]]
# Insured risk
[[insuredObject]]
# Insured guarantees
[[guarantees]]
{{#if hasTerms}}
# Special terms
[[terms]]
{{/if}}
Drawn up in {{insurer.city}} on {{issuedOn}}.
[[signature]]`,
  general_conditions: `
These general conditions apply to every {{policy.productLine}} policy of {{insurer.name}}, including policy {{policy.number}}. The special conditions complete them and prevail where they disagree.
# Article 1 – Scope of the insurance
{{conditions.scope}}
# Article 2 – Exclusions
{{conditions.exclusions}}
# Article 3 – Claims
{{conditions.claims}}
# Article 4 – Duration and premium
The contract is concluded for one year and renewed tacitly for one year at a time, unless a party terminates it at least three months before the annual due date by registered letter or by handing over the termination letter against a receipt. The premium is payable yearly in advance.
# Article 5 – Complaints
Complaints can be sent to the complaints department of {{insurer.name}} ({{insurer.complaintsEmail}}). If you are not satisfied with the answer, you may turn to the Insurance Ombudsman, square de Meeûs 35, 1000 Brussels.
# Article 6 – Applicable law
The contract is governed by Belgian law, in particular the Insurance Act of 4 April 2014.`,
  insurance_certificate: `
{{insurer.name}}, an insurance company authorised under FSMA number {{insurer.fsmaNumber}}, certifies that {{organisation.name}} (enterprise number {{organisation.enterpriseNumber}}) holds policy {{policy.number}} – {{policy.productLine}} with it.

{{#if policy.active}}On {{today}} the policy is in force for the insurance period from {{period.from}} to {{period.to}} inclusive, subject to payment of the premium.{{else}}On {{today}} the policy is not in force ({{policy.status}}).{{/if}}
# Insured risk
[[insuredObject]]
# Insured guarantees
[[guarantees]]
This certificate confirms that the cover exists; it does not change the policy conditions.
[[signature]]`,
  green_card: `
International motor insurance card. This card proves that the vehicle below is insured for civil liability in the countries whose code is listed below.
[[greenCard]]
Always keep this card in the vehicle. After an accident, fill in the European accident report with the other party and report the accident to {{insurer.name}} as soon as possible.`,
  endorsement: `
{{insurer.city}}, {{issuedOn}}

Subject: endorsement no. {{endorsement.number}} to policy {{policy.number}} – {{policy.productLine}}

Dear customer,

At your request we extend the cover of your policy from {{endorsement.effectiveOn}}. This endorsement amends the special conditions as follows.
# Added guarantees
[[addedGuarantees]]
{{#if hasTerms}}
# Special terms from that date
[[terms]]
{{/if}}
From {{endorsement.effectiveOn}} the annual premium is {{policy.premium}}, taxes included. All other conditions of your policy remain unchanged. Please keep this letter with your policy.

Yours sincerely,
[[signature]]`,
  insured_risks: `
The risks insured on {{today}} by policy {{policy.number}} – {{policy.productLine}}, with the guarantees that apply to each.
[[risks]]
{{#if hasTerms}}
# Special terms
[[terms]]
{{/if}}
This list is part of the special conditions. Tell us about any change to a risk (new vehicle, new site, alterations) so that we can adapt the cover.`,
  provisional_cover: `
{{insurer.name}} grants {{organisation.name}} provisional cover for policy {{policy.number}} – {{policy.productLine}}, pending the signature of the final policy.

The provisional cover runs from {{provisional.from}} to {{provisional.to}} inclusive and ends earlier as soon as the final policy takes effect. It grants the guarantees listed below under the general conditions of the product.
# Insured risk
[[insuredObject]]
# Provisionally insured guarantees
[[guarantees]]
[[signature]]`,
  claims_history: `
{{insurer.name}} certifies that for policy {{policy.number}} – {{policy.productLine}} in the name of {{organisation.name}}, in force since {{policy.start}}, {{#if claims.length}}the following claims were registered from {{history.from}} to {{history.to}} inclusive:{{else}}no claim was registered from {{history.from}} to {{history.to}} inclusive.{{/if}}
{{#if claims.length}}
[[claims]]
{{/if}}
This certificate shows the claims record of the last five years. It is delivered to the policyholder only.
[[signature]]`,
};

export const policyTemplates: Record<TextLanguage, Record<PolicyDocumentKind, string>> = { nl, fr, en };
