import { registerEnumType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';

registerEnumType(StaffRole, {
  valuesConfig: {
    FRONT_DESK: {
      description:
        'Front desk / customer service clerk (客服前台): logs requests, repairs and complaints for their sites.	客服前台：为所在项目登记诉求、报修与投诉。',
    },
    PROPERTY_ASSISTANT: {
      description:
        'Property assistant (物业助理): customer records, visits and notices of their sites.	物业助理：负责所在项目的客户资料、回访与通知。',
    },
    CS_SUPERVISOR: {
      description:
        'Customer-service supervisor (客服主管): handles complaints and visits, checks staff.	客服主管：处理投诉与回访，考评员工。',
    },
    ENGINEERING_SUPERVISOR: {
      description:
        'Engineering supervisor (工程主管): dispatches and prices repairs, checks technicians.	工程主管：派工与核价，考评维修人员。',
    },
    TECHNICIAN: {
      description:
        'Technician (维修工): works the repairs dispatched to them.	维修工：处理派给自己的维修工单。',
    },
    SECURITY: {
      description:
        'Security staff (秩序维护员): patrols and gate checks of release passes.	秩序维护员：巡查与门岗核验放行条。',
    },
    FINANCE: {
      description: 'Finance (财务): bills, payments, deposits and arrears.	财务：账单、收款、押金与欠费。',
    },
    SITE_MANAGER: {
      description:
        'Site manager (项目经理/管理处主任): everything of their own sites.	项目经理（管理处主任）：管理所负责项目的全部业务。',
    },
    HQ: {
      description:
        'Headquarters (总部): every property of the company, KPIs and policies.	总部：公司全部项目、KPI 与政策。',
    },
    ADMIN: {
      description:
        'Company administrator: staff, partner apps and every property; cannot be granted to a partner app.	公司管理员：员工、对接应用及全部项目；不可授予对接应用。',
    },
  },
  name: 'StaffRole',
  description: 'Role of a staff member; a realm role in the company realm.',
});
