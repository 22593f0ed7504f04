import { registerEnumType } from 'type-graphql';

export enum CheckKind {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  SPOT = 'SPOT',
}
registerEnumType(CheckKind, {
  valuesConfig: {
    DAILY: { description: 'Daily check (日检).	日检。' },
    WEEKLY: { description: 'Weekly check (周检).	周检。' },
    MONTHLY: { description: 'Monthly check (月检).	月检。' },
    SPOT: { description: 'Spot check (抽检), outside the schedule.	抽检，不在计划之内。' },
  },
  name: 'CheckKind',
  description: 'Daily (日检), weekly (周检), monthly (月检) or spot check (抽检), R-APR-1.',
});

export enum Severity {
  GENERAL = 'GENERAL',
  SERIOUS = 'SERIOUS',
  CONSEQUENTIAL = 'CONSEQUENTIAL',
}
registerEnumType(Severity, {
  valuesConfig: {
    GENERAL: {
      description:
        'General violation (一般违规): 1–2 points, 0.5–1 for some items.	一般违规：扣 1–2 分，部分项目 0.5–1 分。',
    },
    SERIOUS: { description: 'Serious violation (严重违规): 3–5 points.	严重违规：扣 3–5 分。' },
    CONSEQUENTIAL: {
      description: 'With bad consequences (引起不良后果): 6–20 points.	引起不良后果：扣 6–20 分。',
    },
  },
  name: 'Severity',
  description:
    'General (一般违规: occasional, careless), serious (严重违规: knowingly) or with bad consequences (引起不良后果), 第7篇 4.4.4.',
});

export enum ScoreItemCode {
  // Staff sheet (R-APR-2)
  JOB_QUALITY = 'JOB_QUALITY',
  HANDOVER = 'HANDOVER',
  TRAINING = 'TRAINING',
  EFFICIENCY = 'EFFICIENCY',
  SERVICE_QUALITY = 'SERVICE_QUALITY',
  PROCEDURES = 'PROCEDURES',
  OTHER = 'OTHER',
  // Manager sheet (R-APR-3), with TRAINING and SERVICE_QUALITY
  PROCEDURE_EXECUTION = 'PROCEDURE_EXECUTION',
  SKILL = 'SKILL',
  RESULTS = 'RESULTS',
  RESPONSIBILITY = 'RESPONSIBILITY',
  FAIRNESS = 'FAIRNESS',
  COMPLIANCE = 'COMPLIANCE',
  TEAMWORK = 'TEAMWORK',
  ETHICS = 'ETHICS',
}
registerEnumType(ScoreItemCode, {
  valuesConfig: {
    JOB_QUALITY: { description: 'Staff: job quality (工作质量), 20 points.	员工：工作质量，20 分。' },
    HANDOVER: { description: 'Staff: shift hand-over (交接班), 10 points.	员工：交接班，10 分。' },
    TRAINING: {
      description:
        'Staff: training (培训), 10 points; manager: training of the team, 10 points.	员工：培训，10 分；管理人员：团队培训，10 分。',
    },
    EFFICIENCY: { description: 'Staff: efficiency (工作效率), 20 points.	员工：工作效率，20 分。' },
    SERVICE_QUALITY: {
      description:
        'Staff: service quality (服务质量), 20 points; manager: 10 points.	员工：服务质量，20 分；管理人员：10 分。',
    },
    PROCEDURES: { description: 'Staff: other procedures (其他规程), 10 points.	员工：其他规程，10 分。' },
    OTHER: { description: 'Staff: other (其他), 10 points.	员工：其他，10 分。' },
    PROCEDURE_EXECUTION: {
      description: 'Manager: procedure execution (规程执行), 10 points.	管理人员：规程执行，10 分。',
    },
    SKILL: { description: 'Manager: own skill (个人技能), 10 points.	管理人员：个人技能，10 分。' },
    RESULTS: { description: 'Manager: results (工作业绩), 10 points.	管理人员：工作业绩，10 分。' },
    RESPONSIBILITY: {
      description: 'Manager: sense of responsibility (责任心), 10 points.	管理人员：责任心，10 分。',
    },
    FAIRNESS: { description: 'Manager: fairness (公正性), 10 points.	管理人员：公正性，10 分。' },
    COMPLIANCE: {
      description: 'Manager: procedure compliance (遵章守纪), 10 points.	管理人员：遵章守纪，10 分。',
    },
    TEAMWORK: { description: 'Manager: teamwork (团队协作), 10 points.	管理人员：团队协作，10 分。' },
    ETHICS: { description: 'Manager: professional ethics (职业道德), 10 points.	管理人员：职业道德，10 分。' },
  },
  name: 'ScoreItemCode',
  description: 'An item of a score sheet (R-APR-2, R-APR-3).',
});

/** Subjective cause a manager's violation is also attributed to (R-APR-5, 第7篇 4.4.3 a). */
export enum RootCause {
  TRAINING = 'TRAINING',
  SKILL = 'SKILL',
  RESPONSIBILITY = 'RESPONSIBILITY',
  FAIRNESS = 'FAIRNESS',
  TEAMWORK = 'TEAMWORK',
  ETHICS = 'ETHICS',
}
registerEnumType(RootCause, {
  valuesConfig: {
    TRAINING: { description: 'Lack of training.	培训不足。' },
    SKILL: { description: 'Lack of skill.	技能不足。' },
    RESPONSIBILITY: { description: 'Lack of responsibility.	责任心不足。' },
    FAIRNESS: { description: 'Unfair handling.	处事不公。' },
    TEAMWORK: { description: 'Poor teamwork.	团队协作不佳。' },
    ETHICS: { description: 'Breach of professional ethics.	违反职业道德。' },
  },
  name: 'RootCause',
  description:
    'Root cause of a manager finding; the same points are also deducted from the item of that name (R-APR-5).',
});

export enum SheetKind {
  STAFF = 'STAFF',
  MANAGER = 'MANAGER',
}
registerEnumType(SheetKind, {
  valuesConfig: {
    STAFF: {
      description:
        'Staff sheet: 7 items, 100 points (see R-APR-2 in docs/domain-rules.md).	员工评分表：7 项，满分 100（见 docs/domain-rules.md 中的 R-APR-2）。',
    },
    MANAGER: {
      description:
        'Manager sheet: ten items of 10 points (see R-APR-3 in docs/domain-rules.md).	管理人员评分表：10 项，每项 10 分（见 docs/domain-rules.md 中的 R-APR-3）。',
    },
  },
  name: 'SheetKind',
  description:
    'STAFF: 7 items (R-APR-2); MANAGER: ten items × 10 (R-APR-3), for SITE_MANAGER, CS_SUPERVISOR, ENGINEERING_SUPERVISOR, HQ and ADMIN.',
});

export const ROOT_CAUSE_ITEM: Record<RootCause, ScoreItemCode> = {
  [RootCause.TRAINING]: ScoreItemCode.TRAINING,
  [RootCause.SKILL]: ScoreItemCode.SKILL,
  [RootCause.RESPONSIBILITY]: ScoreItemCode.RESPONSIBILITY,
  [RootCause.FAIRNESS]: ScoreItemCode.FAIRNESS,
  [RootCause.TEAMWORK]: ScoreItemCode.TEAMWORK,
  [RootCause.ETHICS]: ScoreItemCode.ETHICS,
};
