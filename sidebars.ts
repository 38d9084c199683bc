import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {categories, useCases} from './src/data/matrix';

// The category and use-case entries follow the order of the data file, so the
// sidebar, the matrix and the chooser always list them the same way.
const sidebars = {
  guide: [
    'overview',
    'mendix-integration',
    'choose-a-method',
    {
      type: 'category',
      label: 'Solution categories',
      collapsed: false,
      items: categories.map((c) => `categories/${c.id}`),
    },
    {
      type: 'category',
      label: 'Use cases',
      collapsed: true,
      link: {type: 'doc', id: 'integration-use-cases'},
      items: useCases.map((u) => `use-cases/${u.id}`),
    },
    'mendix-capabilities',
    'glossary',
    'changes',
    'further-reading',
  ],
} satisfies SidebarsConfig;

export default sidebars;
