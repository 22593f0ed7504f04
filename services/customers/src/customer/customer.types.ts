import { registerEnumType } from 'type-graphql';

export enum CustomerKind {
  OWNER = 'OWNER',
  LESSEE = 'LESSEE',
  OCCUPANT = 'OCCUPANT',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(CustomerKind, {
  valuesConfig: {
    OWNER: { description: 'Owner (业主).' },
    LESSEE: { description: 'Lessee (租户).' },
    OCCUPANT: { description: 'Occupant living in a unit (住户).' },
    EXTERNAL: { description: 'External customer, not living in the property.' },
  },
  name: 'CustomerKind',
  description: 'Owner (业主), lessee (租户), occupant (住户) or external customer (R-CUS-1).',
});

/** R-CUS-2 potential (潜力), beside the segment. */
export enum CustomerPotential {
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
}
registerEnumType(CustomerPotential, {
  name: 'CustomerPotential',
  description: 'R-CUS-2: a customer’s potential (潜力), graded beside the segment.',
  valuesConfig: {
    NORMAL: { description: 'Normal potential (一般).' },
    HIGH: {
      description: 'High potential (高潜力): ticketsClosed reached customers.gradeHighPotentialMinTickets.',
    },
  },
});

export enum CustomerSegment {
  PROSPECT = 'PROSPECT',
  NEW = 'NEW',
  REGULAR = 'REGULAR',
  LOYAL = 'LOYAL',
}
registerEnumType(CustomerSegment, {
  valuesConfig: {
    PROSPECT: { description: 'Prospect (潜在客户): nothing bought yet.' },
    NEW: { description: 'New customer (新客户).' },
    REGULAR: { description: 'Regular customer (常客).' },
    LOYAL: { description: 'Loyal customer (忠诚客户).' },
  },
  name: 'CustomerSegment',
  description: 'R-CUS-2 segments (潜在/新/常客/忠诚), recomputed from bill.paid and ticket.closed.',
});
