// What funding is for. Shared by the demo and the synthetic generator; categories group the legend.

export interface ObjectiveSeed {
  id: string;
  name: string;
  category: string;
}

const group = (category: string, entries: readonly [string, string][]): ObjectiveSeed[] =>
  entries.map(([id, name]) => ({ id, name, category }));

export const objectives: readonly ObjectiveSeed[] = [
  ...group('Training', [
    ['incumbent-upskilling', 'Incumbent worker upskilling'],
    ['customized-training', 'Customized training for new hires'],
    ['on-the-job-training', 'On-the-job training'],
    ['occupational-skills-training', 'Occupational skills training'],
    ['stackable-credentials', 'Stackable industry-recognized credentials'],
    ['tech-credentials', 'Short-term technology credentials'],
    ['career-pathways', 'Career pathway building'],
    ['rapid-response', 'Rapid response and layoff aversion'],
    ['short-term-credential-aid', 'Financial aid for short-term credentials'],
  ]),
  ...group('Work-based learning', [
    ['registered-apprenticeship', 'Registered apprenticeship expansion'],
    ['pre-apprenticeship', 'Pre-apprenticeship'],
    ['work-based-learning', 'Work-based learning'],
    ['work-experience', 'Paid work experience and transitional jobs'],
    ['youth-work-experience', 'Youth work experience'],
  ]),
  ...group('Education', [
    ['cte-secondary', 'Secondary career and technical education'],
    ['cte-postsecondary', 'Postsecondary career and technical education'],
    ['curriculum-alignment', 'Curriculum alignment with industry'],
    ['cte-equipment', 'CTE equipment and lab modernization'],
    ['dual-enrollment', 'Dual enrollment'],
    ['adult-basic-education', 'Adult basic and secondary education'],
    ['english-language-acquisition', 'English language acquisition'],
    ['workplace-literacy', 'Workplace literacy'],
  ]),
  ...group('Career services', [
    ['career-services', 'Career and job-search services'],
    ['career-navigation', 'Career coaching and navigation'],
    ['labor-exchange', 'Labor exchange and employer job orders'],
    ['veteran-services', 'Veteran career services'],
    ['vocational-rehabilitation', 'Vocational rehabilitation services'],
    ['pre-employment-transition', 'Pre-employment transition services for students with disabilities'],
    ['trade-affected-workers', 'Services for trade-affected workers'],
    ['reentry-employment', 'Reentry employment'],
  ]),
  ...group('Supportive services', [
    ['child-care-for-workers', 'Child care for workers and trainees'],
    ['child-care-subsidies', 'Child care subsidies for low-income families'],
    ['child-care-supply', 'Child care supply and quality'],
    ['worker-transportation', 'Worker transportation'],
    ['wraparound-services', 'Wraparound supportive services'],
    ['workforce-housing', 'Affordable workforce housing'],
    ['income-support', 'Income support during training'],
  ]),
  ...group('Economic development', [
    ['industry-cluster', 'Industry cluster development'],
    ['entrepreneurship', 'Entrepreneurship and startups'],
    ['business-expansion', 'Business attraction and expansion'],
    ['public-infrastructure', 'Public infrastructure for job creation'],
    ['broadband', 'Broadband access'],
    ['economic-diversification', 'Economic diversification'],
    ['supply-chain-collaboration', 'Supply-chain and business-to-business collaboration'],
  ]),
  ...group('Partnership capacity', [
    ['sector-partnerships', 'Industry-led sector partnerships'],
    ['convener-staffing', 'Partnership convener staffing and industry research'],
    ['talent-pipeline-marketing', 'Career awareness and talent-pipeline marketing'],
    ['joint-recruitment', 'Joint recruitment strategies'],
    ['shared-training-space', 'Shared training space and equipment'],
    ['shared-operating-capacity', 'Shared operating capacity across employers'],
  ]),
  ...group('Hiring practice', [
    ['skills-based-hiring', 'Skills-based hiring'],
    ['equity-in-hiring', 'Removing talent barriers and equity in hiring'],
    ['regulatory-advocacy', 'Regulatory-barrier advocacy'],
  ]),
];
