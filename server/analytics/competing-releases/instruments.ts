// How the money reaches the applicant, when that decides who can use it: a tax credit (or a refund of taxes)
// goes to a taxpayer for what it already spends or gives, a rebate or voucher to a buyer after a purchase; a
// grant or a loan pays a sponsor's project. A tax credit against a grant for the same theme (historic
// rehabilitation credits against preservation grants) serves different applicants: similar at most. A grant and a
// loan of one program do not differ here: the same project can ask for either.

export type Instrument = 'tax credit' | 'rebate' | 'grant or loan';

const taxCredit = /\btax (credits?|reimbursement|refunds?)\b/i;
const rebate = /\b(rebates?|vouchers?)\b/i;

/** Read from the title, or from the description's first words ("Tax credit program to encourage ..."). */
export const readInstrument = (title: string, description: string | null): Instrument => {
  const opening = (description ?? '').trimStart().slice(0, 40);
  if (taxCredit.test(title) || /^tax credits?\b/i.test(opening)) return 'tax credit';
  if (rebate.test(title)) return 'rebate';
  return 'grant or loan';
};
