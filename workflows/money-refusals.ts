import type { MoneyRefusal } from '../domain/money';
import { invalidFields, notAllowed } from './refusals';

/** The money rules' refusal, as the workflow's refusal of the update that asked for it. */
export const refusalOfMoney = (refusal: MoneyRefusal) =>
  (refusal.code === 'invalid' ? invalidFields(refusal.phrase, refusal.problems) : notAllowed(refusal.phrase));
