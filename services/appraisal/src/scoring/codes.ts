import { registerEnumType } from 'type-graphql';

export enum CheckKind {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  SPOT = 'SPOT',
}
registerEnumType(CheckKind, {
  name: 'CheckKind',
  description: 'Daily (日检), weekly (周检), monthly (月检) or spot check (抽检), R-APR-1.',
});

export enum Severity {
  GENERAL = 'GENERAL',
  SERIOUS = 'SERIOUS',
  CONSEQUENTIAL = 'CONSEQUENTIAL',
}
registerEnumType(Severity, {
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
  name: 'RootCause',
  description:
    'Root cause of a manager finding; the same points are also deducted from the item of that name (R-APR-5).',
});

export enum SheetKind {
  STAFF = 'STAFF',
  MANAGER = 'MANAGER',
}
registerEnumType(SheetKind, {
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
