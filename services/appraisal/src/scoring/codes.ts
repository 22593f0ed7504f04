import { registerEnumType } from 'type-graphql';

export enum CheckKind {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  SPOT = 'SPOT',
}
registerEnumType(CheckKind, {
  valuesConfig: {
    DAILY: { description: 'Daily check (日检).' },
    WEEKLY: { description: 'Weekly check (周检).' },
    MONTHLY: { description: 'Monthly check (月检).' },
    SPOT: { description: 'Spot check (抽检), outside the schedule.' },
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
      description: 'General violation (一般违规): 1–2 points, 0.5–1 for some items.',
    },
    SERIOUS: { description: 'Serious violation (严重违规): 3–5 points.' },
    CONSEQUENTIAL: {
      description: 'With bad consequences (引起不良后果): 6–20 points.',
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
    JOB_QUALITY: { description: 'Staff: job quality (工作质量), 20 points.' },
    HANDOVER: { description: 'Staff: shift hand-over (交接班), 10 points.' },
    TRAINING: {
      description: 'Staff: training (培训), 10 points; manager: training of the team, 10 points.',
    },
    EFFICIENCY: { description: 'Staff: efficiency (工作效率), 20 points.' },
    SERVICE_QUALITY: {
      description: 'Staff: service quality (服务质量), 20 points; manager: 10 points.',
    },
    PROCEDURES: { description: 'Staff: other procedures (其他规程), 10 points.' },
    OTHER: { description: 'Staff: other (其他), 10 points.' },
    PROCEDURE_EXECUTION: {
      description: 'Manager: procedure execution (规程执行), 10 points.',
    },
    SKILL: { description: 'Manager: own skill (个人技能), 10 points.' },
    RESULTS: { description: 'Manager: results (工作业绩), 10 points.' },
    RESPONSIBILITY: {
      description: 'Manager: sense of responsibility (责任心), 10 points.',
    },
    FAIRNESS: { description: 'Manager: fairness (公正性), 10 points.' },
    COMPLIANCE: {
      description: 'Manager: procedure compliance (遵章守纪), 10 points.',
    },
    TEAMWORK: { description: 'Manager: teamwork (团队协作), 10 points.' },
    ETHICS: { description: 'Manager: professional ethics (职业道德), 10 points.' },
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
    TRAINING: { description: 'Lack of training.' },
    SKILL: { description: 'Lack of skill.' },
    RESPONSIBILITY: { description: 'Lack of responsibility.' },
    FAIRNESS: { description: 'Unfair handling.' },
    TEAMWORK: { description: 'Poor teamwork.' },
    ETHICS: { description: 'Breach of professional ethics.' },
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
      description: 'Staff sheet: 7 items, 100 points (see R-APR-2 in docs/domain-rules.md).',
    },
    MANAGER: {
      description: 'Manager sheet: ten items of 10 points (see R-APR-3 in docs/domain-rules.md).',
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
