/**
 * The message catalogue: one namespace per route or shared piece, each in its own file with
 * zh-CN first and English second. A client component imports (or is given) only its own
 * namespace, never this index.
 */
import { account } from './account';
import { apiDocs } from './apiDocs';
import { common } from './common';
import { contributions } from './contributions';
import { errors } from './errors';
import { explanation } from './explanation';
import { form } from './form';
import { help } from './help';
import { institutions } from './institutions';
import { language } from './language';
import { me } from './me';
import { money } from './money';
import { nav } from './nav';
import { outOfTown } from './outOfTown';
import { estimate } from './estimate';
import { signIn } from './signIn';
import { specialDiseases } from './specialDiseases';
import { security } from './security';
import { shell } from './shell';
import { topup } from './topup';
import { years } from './years';
import { outpatient } from './outpatient';
import { clinic } from './clinic';

export const NAMESPACES = {
  common,
  language,
  nav,
  signIn,
  me,
  errors,
  form,
  explanation,
  money,
  security,
  contributions,
  years,
  topup,
  apiDocs,
  specialDiseases,
  account,
  institutions,
  outOfTown,
  estimate,
  help,
  shell,
  outpatient,
  clinic,
} as const;
