import { registerEnumType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';

registerEnumType(StaffRole, {
  valuesConfig: {
    FRONT_DESK: {
      description:
        'Front desk / customer service clerk (客服前台): logs requests, repairs and complaints for their sites.',
    },
    PROPERTY_ASSISTANT: {
      description: 'Property assistant (物业助理): customer records, visits and notices of their sites.',
    },
    CS_SUPERVISOR: {
      description: 'Customer-service supervisor (客服主管): handles complaints and visits, checks staff.',
    },
    ENGINEERING_SUPERVISOR: {
      description: 'Engineering supervisor (工程主管): dispatches and prices repairs, checks technicians.',
    },
    TECHNICIAN: {
      description: 'Technician (维修工): works the repairs dispatched to them.',
    },
    SECURITY: {
      description: 'Security staff (秩序维护员): patrols and gate checks of release passes.',
    },
    FINANCE: {
      description: 'Finance (财务): bills, payments, deposits and arrears.',
    },
    SITE_MANAGER: {
      description: 'Site manager (项目经理/管理处主任): everything of their own sites.',
    },
    HQ: {
      description: 'Headquarters (总部): every property of the company, KPIs and policies.',
    },
    ADMIN: {
      description:
        'Company administrator: staff, partner apps and every property; cannot be granted to a partner app.',
    },
  },
  name: 'StaffRole',
  description: 'Role of a staff member; a realm role in the company realm.',
});
