import { Model } from 'objection';

export class Organisation extends Model {
  static tableName = 'organisations';
  id!: string;
  name!: string;
  enterpriseNumber!: string;
  street!: string;
  postalCode!: string;
  city!: string;
  country!: string;
  phone!: string | null;
  email!: string | null;
  language!: string;
  createdAt!: Date;
}
