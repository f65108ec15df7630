import type { Assessment } from '../../domain/assessment';
import type { RefusalLanguage } from './catalogue/refusal';
import { translateRefusal } from './refusal-words';

type Requirement = Assessment['documents']['required'][number];

/**
 * The assessment with its sentences (why a document is asked for, the rules' "why") in the reader's
 * language; figures, dates and codes stay as they are, for the screen to word.
 */
export function assessmentIn(assessment: Assessment, language: RefusalLanguage): Assessment {
  if (language === 'en') return assessment;
  const say = (text: string) => translateRefusal(text, language);
  const requirements = (list: Requirement[]) => list.map((requirement) => ({ ...requirement, reason: say(requirement.reason) }));
  const described = <T extends { description: string }>(list: T[]) => list.map((item) => ({ ...item, description: say(item.description) }));
  const { documents, workplaceAccident, motor } = assessment;
  return {
    ...assessment,
    documents: { required: requirements(documents.required), missing: requirements(documents.missing) },
    workplaceAccident: workplaceAccident && {
      ...workplaceAccident,
      seriousReason: say(workplaceAccident.seriousReason),
      requiredDocuments: described(workplaceAccident.requiredDocuments),
    },
    motor: motor && {
      ...motor,
      documents: described(motor.documents),
      interventionReason: say(motor.interventionReason),
      replacementVehicle: { ...motor.replacementVehicle, reason: say(motor.replacementVehicle.reason) },
      totalLoss: motor.totalLoss && { ...motor.totalLoss, reason: say(motor.totalLoss.reason) },
    },
  };
}
