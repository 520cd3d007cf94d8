// What industry-led sector partnerships ask for (/work/shared/reference/solution-categories.tsv), each mapped
// to the objectives a funding stream must serve to pay for it. Shared by the demo and the synthetic generator.

export interface SolutionSeed {
  id: string;
  name: string;
  category: string;
  objectiveIds: string[];
  /** A typical cost for one regional partnership, used for illustrative estimated costs. */
  typicalCost: number;
  sourceUrl: string;
}

const NEXTGEN_EXAMPLES = 'https://www.nextgensectorpartnerships.com/partnership-examples';
const NEXTGEN_IMPACT = 'https://nextgensectorpartnerships.com/impact';
const NEXTGEN_BUSINESS = 'https://www.nextgensectorpartnerships.com/for-business-leaders';
const CO_STATE_PLAN = 'https://cwdc.colorado.gov/wioa/colorado-state-plan';
const CO_WIF = 'https://cwdc.colorado.gov/stimulus-policy/work-force-innovation-act-funding';

export const solutions: readonly SolutionSeed[] = [
  {
    id: 'incumbent-upskilling',
    name: 'Incumbent worker upskilling',
    category: 'Training',
    objectiveIds: ['incumbent-upskilling'],
    typicalCost: 250_000,
    sourceUrl: NEXTGEN_EXAMPLES,
  },
  {
    id: 'career-pathways',
    name: 'Career pathway building (e.g. CNA to LPN)',
    category: 'Training',
    objectiveIds: ['career-pathways', 'stackable-credentials'],
    typicalCost: 400_000,
    sourceUrl: NEXTGEN_EXAMPLES,
  },
  {
    id: 'curriculum-alignment',
    name: 'Curriculum alignment with high schools and colleges',
    category: 'Education',
    objectiveIds: ['curriculum-alignment', 'cte-secondary', 'cte-postsecondary'],
    typicalCost: 150_000,
    sourceUrl: NEXTGEN_IMPACT,
  },
  {
    id: 'registered-apprenticeship',
    name: 'Registered apprenticeship expansion',
    category: 'Work-based learning',
    objectiveIds: ['registered-apprenticeship', 'pre-apprenticeship'],
    typicalCost: 350_000,
    sourceUrl:
      'https://www.apprenticeship.gov/investments-tax-credits-and-tuition-support/state-apprenticeship-expansion-formula-grants',
  },
  {
    id: 'work-based-learning',
    name: 'Work-based learning',
    category: 'Work-based learning',
    objectiveIds: ['work-based-learning', 'work-experience', 'youth-work-experience'],
    typicalCost: 200_000,
    sourceUrl: CO_STATE_PLAN,
  },
  {
    id: 'stackable-credentials',
    name: 'Stackable industry-recognized credentials',
    category: 'Training',
    objectiveIds: ['stackable-credentials', 'tech-credentials'],
    typicalCost: 180_000,
    sourceUrl: CO_STATE_PLAN,
  },
  {
    id: 'career-awareness',
    name: 'Career awareness / talent-pipeline marketing',
    category: 'Partnership capacity',
    objectiveIds: ['talent-pipeline-marketing'],
    typicalCost: 80_000,
    sourceUrl: NEXTGEN_IMPACT,
  },
  {
    id: 'joint-recruitment',
    name: 'Joint recruitment strategies',
    category: 'Partnership capacity',
    objectiveIds: ['joint-recruitment'],
    typicalCost: 90_000,
    sourceUrl:
      'https://pennwatch.org/labor-industry-announces-up-to-4-million-available-to-strengthen-industry-partnerships/',
  },
  {
    id: 'shared-training-space',
    name: 'Shared training space and equipment',
    category: 'Partnership capacity',
    objectiveIds: ['shared-training-space', 'cte-equipment'],
    typicalCost: 900_000,
    sourceUrl: NEXTGEN_EXAMPLES,
  },
  {
    id: 'workforce-housing',
    name: 'Affordable workforce housing',
    category: 'Supportive services',
    objectiveIds: ['workforce-housing'],
    typicalCost: 2_500_000,
    sourceUrl: NEXTGEN_EXAMPLES,
  },
  {
    id: 'shared-freight',
    name: 'Shared freight / transportation cost savings',
    category: 'Business collaboration',
    objectiveIds: ['supply-chain-collaboration'],
    typicalCost: 120_000,
    sourceUrl: NEXTGEN_EXAMPLES,
  },
  {
    id: 'worker-transportation',
    name: 'Worker transportation supports',
    category: 'Supportive services',
    objectiveIds: ['worker-transportation'],
    typicalCost: 350_000,
    sourceUrl: 'https://resources.caplaw.org/resource-collections/snap-et-resource/expense-options/',
  },
  {
    id: 'child-care',
    name: 'Child care',
    category: 'Supportive services',
    objectiveIds: ['child-care-for-workers'],
    typicalCost: 600_000,
    sourceUrl: 'https://www.transitworkforce.org/resource_library/childcare-case-study/',
  },
  {
    id: 'infrastructure',
    name: 'Infrastructure improvements',
    category: 'Infrastructure',
    objectiveIds: ['public-infrastructure'],
    typicalCost: 3_000_000,
    sourceUrl: NEXTGEN_BUSINESS,
  },
  {
    id: 'broadband',
    name: 'Broadband',
    category: 'Infrastructure',
    objectiveIds: ['broadband'],
    typicalCost: 1_500_000,
    sourceUrl: 'https://www.ruralcommunitytoolbox.org/funding/32',
  },
  {
    id: 'regulatory-advocacy',
    name: 'Regulatory-barrier advocacy',
    category: 'Hiring practice',
    objectiveIds: ['regulatory-advocacy'],
    typicalCost: 40_000,
    sourceUrl: NEXTGEN_BUSINESS,
  },
  {
    id: 'b2b-networking',
    name: 'Business-to-business networking / supply-chain collaboration',
    category: 'Business collaboration',
    objectiveIds: ['supply-chain-collaboration', 'industry-cluster'],
    typicalCost: 60_000,
    sourceUrl: NEXTGEN_BUSINESS,
  },
  {
    id: 'shared-operating-capacity',
    name: 'Shared operating capacity across employers',
    category: 'Business collaboration',
    objectiveIds: ['shared-operating-capacity'],
    typicalCost: 220_000,
    sourceUrl: NEXTGEN_EXAMPLES,
  },
  {
    id: 'equity-in-hiring',
    name: 'Removing talent barriers / equity in hiring',
    category: 'Hiring practice',
    objectiveIds: ['equity-in-hiring'],
    typicalCost: 100_000,
    sourceUrl: CO_STATE_PLAN,
  },
  {
    id: 'skills-based-hiring',
    name: 'Skills-based hiring',
    category: 'Hiring practice',
    objectiveIds: ['skills-based-hiring'],
    typicalCost: 70_000,
    sourceUrl: CO_STATE_PLAN,
  },
  {
    id: 'entrepreneurship-cluster',
    name: 'Entrepreneurship and industry-cluster development',
    category: 'Economic development',
    objectiveIds: ['entrepreneurship', 'industry-cluster'],
    typicalCost: 500_000,
    sourceUrl:
      'https://www.appalachiandevelopment.org/rural-broadband-programs/partnerships-for-opportunity-and-workforce-and-economic-revitalization-power/',
  },
  {
    id: 'career-coaching',
    name: 'Career coaching and navigation',
    category: 'Supportive services',
    objectiveIds: ['career-navigation'],
    typicalCost: 160_000,
    sourceUrl: CO_WIF,
  },
  {
    id: 'wraparound-services',
    name: 'Wraparound supportive services',
    category: 'Supportive services',
    objectiveIds: ['wraparound-services'],
    typicalCost: 250_000,
    sourceUrl: 'https://www.eda.gov/funding/programs/american-rescue-plan/good-jobs-challenge/faq',
  },
  {
    id: 'convener-staffing',
    name: 'Partnership convener staffing and industry research',
    category: 'Partnership capacity',
    objectiveIds: ['convener-staffing', 'sector-partnerships'],
    typicalCost: 150_000,
    sourceUrl: CO_WIF,
  },
];
