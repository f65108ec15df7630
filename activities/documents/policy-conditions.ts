import type { ProductLine } from '../../domain/product-lines';
import type { TextLanguage } from './policy-vocabulary';

/** The product-specific articles of the general conditions (algemene voorwaarden): cover, exclusions, claims. */
export interface ProductArticles {
  scope: string;
  exclusions: string;
  claims: string;
}

export const productArticles: Record<TextLanguage, Record<ProductLine, ProductArticles>> = {
  nl: {
    liability: {
      scope: 'De verzekeraar dekt de burgerlijke aansprakelijkheid van de verzekerde voor schade aan derden veroorzaakt tijdens de uitbating van de in de bijzondere voorwaarden omschreven activiteit, tot het verzekerd bedrag per schadegeval.',
      exclusions: 'Niet gedekt zijn schade aan goederen die de verzekerde onder zijn bewaring heeft, opzettelijk veroorzaakte schade, contractuele boetes en milieuschade die niet plotseling en onvoorzien is.',
      claims: 'Meld elk schadegeval zo snel mogelijk via het klantenportaal en bezorg ons elke aansprakelijkstelling, dagvaarding of gerechtelijke akte onmiddellijk na ontvangst. Erken geen aansprakelijkheid zonder ons akkoord.',
    },
    bodily_accident: {
      scope: 'De verzekeraar betaalt de in de bijzondere voorwaarden vermelde vergoedingen bij overlijden, blijvende invaliditeit en, indien verzekerd, de medische kosten van de verzekerden na een ongeval.',
      exclusions: 'Niet gedekt zijn ongevallen door opzet, dronkenschap of roes, deelname aan snelheidswedstrijden, oorlog of oproer, en ziekten die niet het gevolg zijn van een ongeval.',
      claims: 'Geef het ongeval aan binnen acht dagen en voeg het medisch attest van eerste vaststelling toe. De verzekerde laat zich onderzoeken door onze raadgevend geneesheer wanneer wij daarom vragen.',
    },
    workplace_accident: {
      scope: 'De verzekeraar dekt, overeenkomstig de arbeidsongevallenwet van 10 april 1971, de ongevallen die de werknemers overkomen tijdens en door de uitvoering van hun arbeidsovereenkomst en op de weg van en naar het werk. Indien verzekerd, geldt de waarborg privé leven voor ongevallen in het privéleven.',
      exclusions: 'De verzekeraar, niet de werkgever, beslist of een ongeval een arbeidsongeval is. Opzettelijk veroorzaakte ongevallen zijn niet gedekt; in de waarborg privé leven zijn bovendien ongevallen door dronkenschap, vechtpartijen en snelheidswedstrijden uitgesloten.',
      claims: 'De werkgever geeft elk ongeval aan binnen acht dagen, te rekenen vanaf de dag na het ongeval, ook bij twijfel. Een ernstig arbeidsongeval meldt hij bovendien aan de inspectie Toezicht op het Welzijn op het Werk.',
    },
    fire: {
      scope: 'De verzekeraar vergoedt de schade aan het gebouw en de inhoud op het in de bijzondere voorwaarden vermelde adres door brand, ontploffing, bliksem en de andere verzekerde waarborgen, tot de verzekerde waarden.',
      exclusions: 'Niet gedekt zijn schade door slijtage of gebrekkig onderhoud, opzettelijk veroorzaakte schade, oorlog en kernrisico’s. Bij onderverzekering kan de vergoeding evenredig worden verminderd.',
      claims: 'Meld de schade binnen acht dagen, beperk ze zoveel mogelijk en bewaar de beschadigde goederen tot onze expert ze heeft gezien. Een brandschade wordt automatisch geopend: binnen het uur ontvangt u het schadenummer.',
    },
    collective_hospitalisation: {
      scope: 'De verzekeraar vergoedt, na tussenkomst van het ziekenfonds, de kosten van een ziekenhuisopname van de aangesloten titularissen en hun gezinsleden en, indien verzekerd, de kosten voor en na de opname en van ernstige ziekten.',
      exclusions: 'Niet gedekt zijn esthetische behandelingen zonder medische noodzaak, opnames door alcohol- of druggebruik en aandoeningen die de bijzondere voorwaarden uitdrukkelijk uitsluiten.',
      claims: 'Meld de opname via het klantenportaal en bezorg ons de ziekenhuisfactuur en de afrekening van het ziekenfonds. De Local Admin houdt de lijst van verzekerden actueel.',
    },
    motor: {
      scope: 'De verzekeraar dekt de burgerlijke aansprakelijkheid voor het in de bijzondere voorwaarden omschreven voertuig, overeenkomstig de wet van 21 november 1989, in alle landen vermeld op de groene kaart. De omnium dekt, naargelang de gekozen formule, ook de schade aan het voertuig zelf.',
      exclusions: 'Niet gedekt in omnium zijn schade door dronkenschap, deelname aan snelheidswedstrijden, slijtage en schade veroorzaakt door een bestuurder zonder geldig rijbewijs. Een vervangwagen wordt enkel in België en Luxemburg ter beschikking gesteld.',
      claims: 'Geef het schadegeval zo snel mogelijk aan met het Europees aanrijdingsformulier, foto’s en de gegevens van getuigen. Bij diefstal of inbraak is een proces-verbaal van de politie verplicht.',
    },
    omnium_assignment: {
      scope: 'De verzekeraar dekt de schade aan de privévoertuigen van de personeelsleden wanneer zij die gebruiken voor een opdracht van de verzekeringnemer, volgens de in de bijzondere voorwaarden gekozen omniumformule.',
      exclusions: 'Niet gedekt zijn het woon-werkverkeer, privéritten, schade door dronkenschap en schade aan voertuigen die niet voor een opdracht werden gebruikt.',
      claims: 'Geef het schadegeval zo snel mogelijk aan met een beschrijving van de opdracht, foto’s van de schade en, als er een tegenpartij is, het Europees aanrijdingsformulier.',
    },
    accident_income: {
      scope: 'De verzekeraar betaalt een vervangingsinkomen wanneer een ongeval het overlijden of een blijvende totale invaliditeit van minstens 67 % van de verzekerde veroorzaakt, volgens de in de bijzondere voorwaarden gekozen formule.',
      exclusions: 'Niet gedekt zijn onder meer oorlog, oproer, (poging tot) zelfdoding, kernstraling, dronkenschap of roes, misdadig gedrag, luchtsporten en snelheidswedstrijden. Terrorisme is wel gedekt.',
      claims: 'Geef het ongeval zo snel mogelijk aan. Bij overlijden bezorgen de begunstigden het medisch attest van overlijden, het attest van erfopvolging en een uittreksel uit de overlijdensakte.',
    },
  },
  fr: {
    liability: {
      scope: "L'assureur couvre la responsabilité civile de l'assuré pour les dommages causés à des tiers dans le cadre de l'exploitation de l'activité décrite aux conditions particulières, jusqu'au montant assuré par sinistre.",
      exclusions: "Ne sont pas couverts les dommages aux biens dont l'assuré a la garde, les dommages causés intentionnellement, les amendes contractuelles et les atteintes à l'environnement qui ne sont pas soudaines et imprévues.",
      claims: "Déclarez tout sinistre au plus vite via le portail client et transmettez-nous toute réclamation, citation ou acte judiciaire dès sa réception. Ne reconnaissez aucune responsabilité sans notre accord.",
    },
    bodily_accident: {
      scope: "L'assureur verse les indemnités prévues aux conditions particulières en cas de décès, d'invalidité permanente et, si elle est assurée, de frais médicaux des assurés à la suite d'un accident.",
      exclusions: "Ne sont pas couverts les accidents dus à un fait intentionnel, à l'ivresse ou à l'intoxication, à la participation à des courses de vitesse, à la guerre ou aux émeutes, ni les maladies qui ne résultent pas d'un accident.",
      claims: "Déclarez l'accident dans les huit jours et joignez le certificat médical de premier constat. L'assuré se soumet à l'examen de notre médecin-conseil lorsque nous le demandons.",
    },
    workplace_accident: {
      scope: "L'assureur couvre, conformément à la loi du 10 avril 1971 sur les accidents du travail, les accidents survenus aux travailleurs pendant et par le fait de l'exécution de leur contrat de travail ainsi que sur le chemin du travail. Si elle est assurée, la garantie vie privée couvre les accidents de la vie privée.",
      exclusions: "C'est l'assureur, et non l'employeur, qui décide si un accident est un accident du travail. Les accidents intentionnels ne sont pas couverts ; la garantie vie privée exclut en outre l'ivresse, les rixes et les courses de vitesse.",
      claims: "L'employeur déclare tout accident dans les huit jours à compter du lendemain de l'accident, même en cas de doute. Il signale en outre tout accident grave au Contrôle du bien-être au travail.",
    },
    fire: {
      scope: "L'assureur indemnise les dégâts au bâtiment et au contenu situés à l'adresse mentionnée aux conditions particulières causés par l'incendie, l'explosion, la foudre et les autres garanties assurées, à concurrence des valeurs assurées.",
      exclusions: "Ne sont pas couverts l'usure ou le défaut d'entretien, les dommages causés intentionnellement, la guerre et les risques nucléaires. En cas de sous-assurance, l'indemnité peut être réduite proportionnellement.",
      claims: "Déclarez le sinistre dans les huit jours, limitez-en les conséquences et conservez les biens endommagés jusqu'au passage de notre expert. Un sinistre incendie est ouvert automatiquement : vous recevez le numéro de sinistre dans l'heure.",
    },
    collective_hospitalisation: {
      scope: "L'assureur rembourse, après intervention de la mutualité, les frais d'hospitalisation des titulaires affiliés et des membres de leur famille et, s'ils sont assurés, les frais pré- et post-hospitaliers et les frais liés aux maladies graves.",
      exclusions: "Ne sont pas couverts les traitements esthétiques sans nécessité médicale, les hospitalisations dues à l'alcool ou aux drogues et les affections expressément exclues par les conditions particulières.",
      claims: "Déclarez l'hospitalisation via le portail client et envoyez-nous la facture de l'hôpital et le décompte de la mutualité. Le Local Admin tient à jour la liste des assurés.",
    },
    motor: {
      scope: "L'assureur couvre la responsabilité civile liée au véhicule décrit aux conditions particulières, conformément à la loi du 21 novembre 1989, dans tous les pays mentionnés sur la carte verte. L'omnium couvre aussi, selon la formule choisie, les dégâts au véhicule lui-même.",
      exclusions: "L'omnium ne couvre pas les dégâts dus à l'ivresse, à la participation à des courses de vitesse, à l'usure, ni ceux causés par un conducteur sans permis valable. Le véhicule de remplacement n'est fourni qu'en Belgique et au Luxembourg.",
      claims: "Déclarez le sinistre au plus vite avec le constat européen d'accident, des photos et les coordonnées des témoins. En cas de vol ou d'effraction, un procès-verbal de police est obligatoire.",
    },
    omnium_assignment: {
      scope: "L'assureur couvre les dégâts aux véhicules privés des membres du personnel lorsqu'ils les utilisent pour une mission du preneur d'assurance, selon la formule omnium choisie aux conditions particulières.",
      exclusions: "Ne sont pas couverts les trajets domicile-travail, les déplacements privés, les dégâts dus à l'ivresse et les dégâts aux véhicules qui n'étaient pas utilisés pour une mission.",
      claims: "Déclarez le sinistre au plus vite avec une description de la mission, des photos des dégâts et, s'il y a une partie adverse, le constat européen d'accident.",
    },
    accident_income: {
      scope: "L'assureur verse un revenu de remplacement lorsqu'un accident entraîne le décès ou une invalidité permanente totale d'au moins 67 % de l'assuré, selon la formule choisie aux conditions particulières.",
      exclusions: "Ne sont notamment pas couverts la guerre, les émeutes, le suicide et sa tentative, les radiations nucléaires, l'ivresse ou l'intoxication, les actes criminels, les sports aériens et les courses de vitesse. Le terrorisme est couvert.",
      claims: "Déclarez l'accident au plus vite. En cas de décès, les bénéficiaires transmettent le certificat médical de décès, le certificat d'hérédité et un extrait de l'acte de décès.",
    },
  },
  en: {
    liability: {
      scope: 'The insurer covers the civil liability of the insured for damage caused to third parties while carrying on the business activity described in the special conditions, up to the insured amount per claim.',
      exclusions: 'Not covered are damage to goods in the care of the insured, intentional damage, contractual penalties and environmental damage that is not sudden and accidental.',
      claims: 'Report every claim as soon as possible through the customer portal and send us any claim letter, summons or court document as soon as you receive it. Do not admit liability without our consent.',
    },
    bodily_accident: {
      scope: 'The insurer pays the benefits stated in the special conditions for death, permanent invalidity and, when insured, medical costs of the insured persons following an accident.',
      exclusions: 'Not covered are accidents caused intentionally, by drunkenness or intoxication, by taking part in speed races, by war or riots, and illnesses that do not result from an accident.',
      claims: 'Report the accident within eight days together with the medical certificate of first finding. The insured person agrees to be examined by our medical adviser when we ask.',
    },
    workplace_accident: {
      scope: 'In accordance with the Workplace Accidents Act of 10 April 1971, the insurer covers accidents that happen to employees during and because of the performance of their employment contract and on the way to and from work. When insured, the private-life guarantee covers accidents in private life.',
      exclusions: 'The insurer, not the employer, decides whether an accident is a workplace accident. Intentional accidents are not covered; the private-life guarantee also excludes drunkenness, fights and speed races.',
      claims: 'The employer declares every accident within eight days, counted from the day after the accident, even when in doubt. A serious accident must also be reported to the labour inspection.',
    },
    fire: {
      scope: 'The insurer compensates damage to the building and contents at the address stated in the special conditions caused by fire, explosion, lightning and the other insured guarantees, up to the insured values.',
      exclusions: 'Not covered are wear and tear or poor maintenance, intentional damage, war and nuclear risks. In case of underinsurance the compensation may be reduced proportionally.',
      claims: 'Report the damage within eight days, limit it as far as you can and keep the damaged goods until our expert has seen them. A fire claim is opened automatically: you receive the claim number within the hour.',
    },
    collective_hospitalisation: {
      scope: 'After the health insurance fund has paid its share, the insurer reimburses the hospital costs of the affiliated members and their family and, when insured, the costs before and after the stay and the costs of serious illnesses.',
      exclusions: 'Not covered are cosmetic treatments without medical need, stays caused by alcohol or drug abuse and conditions expressly excluded by the special conditions.',
      claims: 'Report the stay through the customer portal and send us the hospital invoice and the statement of the health insurance fund. The Local Admin keeps the list of insured persons up to date.',
    },
    motor: {
      scope: 'The insurer covers the civil liability for the vehicle described in the special conditions, in accordance with the Act of 21 November 1989, in every country listed on the green card. Depending on the chosen formula, the omnium also covers damage to the vehicle itself.',
      exclusions: 'The omnium does not cover damage caused by drunkenness, speed races, wear and tear, or by a driver without a valid licence. A replacement vehicle is provided in Belgium and Luxembourg only.',
      claims: 'Report the claim as soon as possible with the European accident report, photos and the details of witnesses. For theft or burglary a police report is mandatory.',
    },
    omnium_assignment: {
      scope: 'The insurer covers damage to the private vehicles of staff members while they use them for an assignment of the policyholder, according to the omnium formula chosen in the special conditions.',
      exclusions: 'Not covered are commuting, private trips, damage caused by drunkenness and damage to vehicles that were not being used for an assignment.',
      claims: 'Report the claim as soon as possible with a description of the assignment, photos of the damage and, if there is a counterparty, the European accident report.',
    },
    accident_income: {
      scope: 'The insurer pays a replacement income when an accident causes the death or a permanent total invalidity of at least 67 % of the insured person, according to the formula chosen in the special conditions.',
      exclusions: 'Not covered are, among others, war, riots, (attempted) suicide, nuclear radiation, drunkenness or intoxication, criminal conduct, air sports and speed races. Terrorism is covered.',
      claims: 'Report the accident as soon as possible. On death, the beneficiaries send the medical death certificate, the certificate of inheritance and an extract of the death record.',
    },
  },
};
