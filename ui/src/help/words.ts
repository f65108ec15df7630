/**
 * The words of the help page: the helpdesk and the FAQ, drawn from the seeds (004 for workplace accidents,
 * 001 for motor, 000 for the portal). nl is the reference, fr and en have the same keys. Numbers come from
 * the product rules through interpolation (faq-facts.ts), never typed into an answer.
 */
export const helpNl = {
  menu: 'Hulp', title: 'Hulp en veelgestelde vragen', fromLogin: 'Hulp nodig bij het aanmelden of bij een aangifte?',
  backToLogin: 'Terug naar aanmelden',
  helpdesk: {
    title: 'Helpdesk', intro: 'Vindt u het antwoord niet? Bel onze helpdesk.', phone: 'Telefoon',
    hours: 'Bereikbaar van maandag tot vrijdag, van {{opens}} tot {{closes}} uur (behalve op feestdagen).',
  },
  workplaceTool: {
    title: 'Een arbeidsongeval aangeven',
    text: 'Geef elk ongeval van een werknemer op het werk of op de weg van en naar het werk binnen {{deadlineDays}} dagen aan. Voor een klein ongeval zonder ernstig letsel volstaat de vereenvoudigde aangifte.',
    start: 'Arbeidsongeval aangeven',
  },
  faqTitle: 'Veelgestelde vragen',
  faq: [
    {
      title: 'Arbeidsongevallen',
      items: [
        {
          question: 'Welke ongevallen moet ik aangeven?',
          answer: 'Elk ongeval van een werknemer op de werkplek of op de weg van en naar het werk. Niet u maar de verzekeraar beslist of het om een arbeidsongeval gaat: geef het ongeval bij twijfel in elk geval aan.',
        },
        {
          question: 'Binnen welke termijn geef ik een arbeidsongeval aan?',
          answer: 'Binnen {{deadlineDays}} dagen, te rekenen vanaf de dag na het ongeval. Is die termijn verstreken, geef het ongeval dan toch nog aan. Wie niet aangeeft, riskeert een administratieve boete van {{fineMin}} tot {{fineMax}}; het slachtoffer mag het ongeval dan zelf aangeven.',
        },
        {
          question: 'Wanneer is een arbeidsongeval ernstig?',
          answer: 'Bij een dodelijk ongeval, of wanneer het ongeval rechtstreeks veroorzaakt is door een gebeurtenis of een voorwerp en een blijvend of tijdelijk letsel tot gevolg heeft. U onderzoekt het ongeval dan en bezorgt binnen {{reportDays}} werkdagen een uitgebreid verslag aan de dienst Toezicht op het Welzijn op het Werk. Een dodelijk ongeval of een ongeval met blijvend letsel meldt u daar onmiddellijk.',
        },
        {
          question: 'Wanneer mag ik de vereenvoudigde aangifte gebruiken?',
          answer: 'Voor een klein ongeval dat niet ernstig is. U vult dan enkel het voorval, het slachtoffer, het letsel en een contactpersoon in. Een ernstig ongeval geeft u aan met de volledige aangifte; de vereenvoudigde aangifte wordt dan geweigerd.',
        },
        {
          question: 'Welke documenten zijn nodig voor de vergoeding van het slachtoffer?',
          answer: 'Het medisch getuigschrift van eerste vaststelling, dat het slachtoffer bij de eerste raadpleging laat invullen, en alle medische attesten van arbeidsongeschiktheid: ongeschiktheid, verlenging, werkhervatting en herval. Zonder deze attesten kan geen vergoeding voor tijdelijke arbeidsongeschiktheid worden uitbetaald.',
        },
        {
          question: 'Worden verplaatsingskosten terugbetaald?',
          answer: 'Ja, voor verplaatsingen op vraag van de verzekeraar, de adviserend arts of de rechtbank, of om medische redenen. Openbaar vervoer of een medisch verantwoorde ziekenwagen: de werkelijke kosten, met het vervoerbewijs. Een ander vervoermiddel over meer dan {{travelKm}} km: {{travelRate}} per km, met een schriftelijke opgave van datum, reden en aantal kilometers.',
        },
      ],
    },
    {
      title: 'Auto',
      items: [
        {
          question: 'Wat dekt de omnium?',
          answer: 'De kleine omnium dekt diefstal, brand, glasbraak, natuurkrachten en loslopende dieren, zonder franchise. De full omnium dekt daarbovenop de schade aan uw voertuig bij eigen fout, zonder derden of door vandalisme, met een vaste franchise van {{deductibles}}.',
        },
        {
          question: 'Hoe wordt een totaal verlies vergoed?',
          answer: 'In de eerste {{guaranteedMonths}} maanden na het ondertekenen van de polis: de verzekerde waarde. Tussen maand {{guaranteedMonths}} en {{lastMonth}}: de verzekerde waarde als er hoogstens {{maxKm}} km met de wagen gereden is, anders de werkelijke waarde, vastgesteld door een expert. Na {{lastMonth}} maanden: de werkelijke waarde. De restwaarde bedraagt minstens {{residualPercent}} % van de verzekerde waarde.',
        },
        {
          question: 'Heb ik recht op een vervangvoertuig?',
          answer: 'Met de waarborg Vervangvoertuig (inbegrepen in de kleine en de full omnium, niet in de burgerlijke aansprakelijkheid alleen), voor een schadegeval in België of Luxemburg, ongeacht wie in fout is: tot {{immobilisedDays}} dagen als uw wagen geïmmobiliseerd is na een ongeval, brand, poging tot diefstal of vandalisme; tot {{totalLossDays}} dagen bij totaal verlies; tot {{stolenDays}} dagen als uw wagen gestolen is. Bel de helpdesk om een vervangvoertuig te vragen.',
        },
        {
          question: 'Welke documenten heb ik nodig na een ongeval?',
          answer: 'Met een tegenpartij: het ingevulde Europees aanrijdingsformulier (voor- en achterzijde), eventueel een kopie van het proces-verbaal van de politie, en foto’s en gegevens van getuigen. Zonder tegenpartij: foto’s van de schade of van de plaats van het ongeval. Bij glasbraak, hagel, storm, inbraak of diefstal is geen aanrijdingsformulier nodig; bij inbraak en diefstal is een aangifte bij de politie verplicht, anders komt de verzekeraar niet tussen.',
        },
      ],
    },
    {
      title: 'Aangiften in het portaal',
      items: [
        {
          question: 'Kan ik een aangifte onderbreken en later afwerken?',
          answer: 'Ja. Uw aangifte wordt onderweg als ontwerp bewaard. Onder Mijn ontwerpen werkt u of een collega van uw organisatie ze later verder af. Een ontwerp dat u niet meer nodig hebt, verwijdert u daar.',
        },
        {
          question: 'Kan ik een verstuurde aangifte nog wijzigen of intrekken?',
          answer: 'Zolang de verzekeraar de behandeling niet gestart is, kunt u een verstuurde aangifte intrekken, of heropenen, wijzigen en opnieuw versturen. Daarna stuurt u een bericht aan uw dossierbeheerder.',
        },
      ],
    },
  ],
};
export type HelpWords = typeof helpNl;

export const helpFr: HelpWords = {
  menu: 'Aide', title: 'Aide et questions fréquentes', fromLogin: 'Besoin d’aide pour vous connecter ou pour une déclaration ?',
  backToLogin: 'Retour à la connexion',
  helpdesk: {
    title: 'Helpdesk', intro: 'Vous ne trouvez pas la réponse ? Appelez notre helpdesk.', phone: 'Téléphone',
    hours: 'Joignable du lundi au vendredi, de {{opens}} à {{closes}} (sauf jours fériés).',
  },
  workplaceTool: {
    title: 'Déclarer un accident du travail',
    text: 'Déclarez tout accident d’un travailleur sur le lieu de travail ou sur le chemin du travail dans les {{deadlineDays}} jours. Pour un accident bénin sans lésion grave, la déclaration simplifiée suffit.',
    start: 'Déclarer un accident du travail',
  },
  faqTitle: 'Questions fréquentes',
  faq: [
    {
      title: 'Accidents du travail',
      items: [
        {
          question: 'Quels accidents dois-je déclarer ?',
          answer: 'Tout accident d’un travailleur sur le lieu de travail ou sur le chemin du travail. Ce n’est pas vous mais l’assureur qui décide s’il s’agit d’un accident du travail : en cas de doute, déclarez toujours l’accident.',
        },
        {
          question: 'Dans quel délai dois-je déclarer un accident du travail ?',
          answer: 'Dans les {{deadlineDays}} jours, à compter du lendemain de l’accident. Si ce délai est dépassé, déclarez quand même l’accident. Celui qui ne déclare pas s’expose à une amende administrative de {{fineMin}} à {{fineMax}} ; la victime peut alors déclarer l’accident elle-même.',
        },
        {
          question: 'Quand un accident du travail est-il grave ?',
          answer: 'En cas d’accident mortel, ou lorsque l’accident est directement causé par un événement ou un objet et entraîne une lésion permanente ou temporaire. Vous examinez alors l’accident et transmettez dans les {{reportDays}} jours ouvrables un rapport circonstancié au Contrôle du bien-être au travail. Un accident mortel ou entraînant une lésion permanente doit y être signalé immédiatement.',
        },
        {
          question: 'Quand puis-je utiliser la déclaration simplifiée ?',
          answer: 'Pour un accident bénin qui n’est pas grave. Vous ne remplissez alors que l’événement, la victime, la lésion et une personne de contact. Un accident grave se déclare avec la déclaration complète ; la déclaration simplifiée est alors refusée.',
        },
        {
          question: 'Quels documents faut-il pour indemniser la victime ?',
          answer: 'Le certificat médical de premier constat, que la victime fait remplir lors de la première consultation, et tous les certificats médicaux d’incapacité de travail : incapacité, prolongation, reprise du travail et rechute. Sans ces certificats, aucune indemnité d’incapacité temporaire ne peut être versée.',
        },
        {
          question: 'Les frais de déplacement sont-ils remboursés ?',
          answer: 'Oui, pour les déplacements demandés par l’assureur, le médecin-conseil ou le tribunal, ou pour raisons médicales. Transports en commun ou ambulance médicalement justifiée : les frais réels, sur présentation du titre de transport. Un autre moyen de transport sur plus de {{travelKm}} km : {{travelRate}} par km, avec une déclaration écrite de la date, du motif et du nombre de kilomètres.',
        },
      ],
    },
    {
      title: 'Auto',
      items: [
        {
          question: 'Que couvre l’omnium ?',
          answer: 'La petite omnium couvre le vol, l’incendie, le bris de vitre, les forces de la nature et les animaux errants, sans franchise. La full omnium couvre en plus les dégâts à votre véhicule en cas de faute propre, sans tiers ou par vandalisme, avec une franchise fixe de {{deductibles}}.',
        },
        {
          question: 'Comment une perte totale est-elle indemnisée ?',
          answer: 'Pendant les {{guaranteedMonths}} premiers mois suivant la signature de la police : la valeur assurée. Entre le {{guaranteedMonths}}e et le {{lastMonth}}e mois : la valeur assurée si la voiture a roulé au plus {{maxKm}} km, sinon la valeur réelle fixée par un expert. Après {{lastMonth}} mois : la valeur réelle. La valeur résiduelle est d’au moins {{residualPercent}} % de la valeur assurée.',
        },
        {
          question: 'Ai-je droit à un véhicule de remplacement ?',
          answer: 'Avec la garantie Véhicule de remplacement (comprise dans la petite et la full omnium, pas dans la seule responsabilité civile), pour un sinistre en Belgique ou au Luxembourg, quel que soit le responsable : jusqu’à {{immobilisedDays}} jours si votre voiture est immobilisée après un accident, un incendie, une tentative de vol ou du vandalisme ; jusqu’à {{totalLossDays}} jours en cas de perte totale ; jusqu’à {{stolenDays}} jours si votre voiture est volée. Appelez le helpdesk pour demander un véhicule de remplacement.',
        },
        {
          question: 'De quels documents ai-je besoin après un accident ?',
          answer: 'Avec une partie adverse : le constat européen d’accident complété (recto et verso), éventuellement une copie du procès-verbal de la police, des photos et les coordonnées des témoins. Sans partie adverse : des photos des dégâts ou du lieu de l’accident. Aucun constat n’est nécessaire pour un bris de vitre, la grêle, une tempête, un cambriolage ou un vol ; en cas de cambriolage ou de vol, une plainte à la police est obligatoire, sinon l’assureur n’intervient pas.',
        },
      ],
    },
    {
      title: 'Les déclarations dans le portail',
      items: [
        {
          question: 'Puis-je interrompre une déclaration et la terminer plus tard ?',
          answer: 'Oui. Votre déclaration est enregistrée comme brouillon en cours de route. Sous Mes brouillons, vous ou un collègue de votre organisation la complétez plus tard. Un brouillon dont vous n’avez plus besoin se supprime au même endroit.',
        },
        {
          question: 'Puis-je encore modifier ou retirer une déclaration envoyée ?',
          answer: 'Tant que l’assureur n’a pas commencé le traitement, vous pouvez retirer une déclaration envoyée, ou la rouvrir, la modifier et l’envoyer à nouveau. Ensuite, envoyez un message à votre gestionnaire.',
        },
      ],
    },
  ],
};

export const helpEn: HelpWords = {
  menu: 'Help', title: 'Help and frequently asked questions', fromLogin: 'Need help logging in or with a declaration?',
  backToLogin: 'Back to log in',
  helpdesk: {
    title: 'Helpdesk', intro: 'Cannot find the answer? Call our helpdesk.', phone: 'Phone',
    hours: 'Open Monday to Friday, from {{opens}} to {{closes}} (except public holidays).',
  },
  workplaceTool: {
    title: 'Declare a workplace accident',
    text: 'Declare every accident of an employee at work or on the way to and from work within {{deadlineDays}} days. For a minor accident without serious injury, the simplified declaration is enough.',
    start: 'Declare a workplace accident',
  },
  faqTitle: 'Frequently asked questions',
  faq: [
    {
      title: 'Workplace accidents',
      items: [
        {
          question: 'Which accidents must I declare?',
          answer: 'Every accident of an employee at the workplace or on the way to and from work. Not you but the insurer decides whether it is a workplace accident: when in doubt, always declare the accident.',
        },
        {
          question: 'Within what time must I declare a workplace accident?',
          answer: 'Within {{deadlineDays}} days, counted from the day after the accident. If that time has passed, declare the accident all the same. Not declaring risks an administrative fine of {{fineMin}} to {{fineMax}}; the victim may then declare the accident themselves.',
        },
        {
          question: 'When is a workplace accident serious?',
          answer: 'When it is fatal, or when it is directly caused by an event or an object and results in a permanent or temporary injury. You then investigate the accident and send a detailed report to the labour inspection (Toezicht op het Welzijn op het Werk) within {{reportDays}} working days. A fatal accident or one with a permanent injury is reported to the inspection immediately.',
        },
        {
          question: 'When may I use the simplified declaration?',
          answer: 'For a minor accident that is not serious. You then fill in only the event, the victim, the injury and a contact person. A serious accident is declared with the full declaration; the simplified declaration is then refused.',
        },
        {
          question: 'Which documents are needed to compensate the victim?',
          answer: 'The medical certificate of first finding, which the victim has filled in at the first consultation, and every medical certificate of incapacity for work: incapacity, extension, return to work and relapse. Without these certificates no temporary-incapacity benefit can be paid.',
        },
        {
          question: 'Are travel costs reimbursed?',
          answer: 'Yes, for trips asked for by the insurer, its advising physician or a court, or for medical reasons. Public transport or a medically justified ambulance: the real cost, with the proof of transport. Any other means over more than {{travelKm}} km: {{travelRate}} per km, with a written statement of the date, the reason and the kilometres.',
        },
      ],
    },
    {
      title: 'Motor',
      items: [
        {
          question: 'What does the omnium cover?',
          answer: 'The small omnium covers theft, fire, glass breakage, natural forces and loose animals, without deductible. The full omnium also covers damage to your vehicle with your own fault, without a third party or by vandalism, with a fixed deductible of {{deductibles}}.',
        },
        {
          question: 'How is a total loss compensated?',
          answer: 'In the first {{guaranteedMonths}} months after signing the policy: the insured value. Between month {{guaranteedMonths}} and {{lastMonth}}: the insured value if the car has driven at most {{maxKm}} km, else the real value set by an expert. After {{lastMonth}} months: the real value. The residual value is at least {{residualPercent}} % of the insured value.',
        },
        {
          question: 'Am I entitled to a replacement vehicle?',
          answer: 'With the replacement-vehicle guarantee (included in the small and the full omnium, not in civil liability alone), for a claim in Belgium or Luxembourg, whoever is at fault: up to {{immobilisedDays}} days when your car is immobilised after an accident, fire, attempted theft or vandalism; up to {{totalLossDays}} days for a total loss; up to {{stolenDays}} days when your car is stolen. Call the helpdesk to ask for a replacement vehicle.',
        },
        {
          question: 'Which documents do I need after an accident?',
          answer: 'With a counterparty: the completed European accident report (front and back), a copy of the police report if any, photos and the details of witnesses. Without a counterparty: photos of the damage or of the place of the accident. No accident report is needed for glass breakage, hail, storm, burglary or theft; for burglary and theft a police report is mandatory, or the insurer does not intervene.',
        },
      ],
    },
    {
      title: 'Declarations in the portal',
      items: [
        {
          question: 'Can I interrupt a declaration and finish it later?',
          answer: 'Yes. Your declaration is saved as a draft as you go. Under My drafts, you or a colleague of your organisation finish it later. A draft you no longer need is deleted there.',
        },
        {
          question: 'Can I still change or withdraw a submitted declaration?',
          answer: 'Until the insurer starts handling it, you can withdraw a submitted declaration, or reopen it, change it and submit it again. After that, send a message to your claims handler.',
        },
      ],
    },
  ],
};
