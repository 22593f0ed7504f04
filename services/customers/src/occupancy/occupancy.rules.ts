import { addDays } from '@pm/time';

/** R-CUS-4 / R-CUS-5: the move-in procedure's documents and conditions, per customer kind. */
export enum ChecklistItem {
  NOTICE = 'NOTICE',
  PURCHASE_CONTRACT = 'PURCHASE_CONTRACT',
  PAYMENT_PROOF = 'PAYMENT_PROOF',
  ID_AND_PHOTOS = 'ID_AND_PHOTOS',
  POWER_OF_ATTORNEY = 'POWER_OF_ATTORNEY',
  SIGNED_COVENANT = 'SIGNED_COVENANT',
  FIRE_SAFETY_RESPONSIBILITY = 'FIRE_SAFETY_RESPONSIBILITY',
  SERVICE_AGREEMENT = 'SERVICE_AGREEMENT',
  METER_READINGS = 'METER_READINGS',
  KEYS_HANDED_OVER = 'KEYS_HANDED_OVER',
  ARCHIVE_CREATED = 'ARCHIVE_CREATED',
  LEASE_SIGNED = 'LEASE_SIGNED',
  RENT_PAID = 'RENT_PAID',
  ID_PROVIDED = 'ID_PROVIDED',
  RENOVATION_ACCEPTED = 'RENOVATION_ACCEPTED',
  OWNER_PRESENT = 'OWNER_PRESENT',
}

export interface MoveInFacts {
  kind: string;
  /** Items the staff ticked as handed in / done. */
  provided: readonly string[];
  byAgent: boolean;
  meterReadings: number;
  keysHandedOver: number;
  archiveExists: boolean;
  ownerPresentRequired: boolean;
}

export interface ChecklistEntry {
  item: ChecklistItem;
  done: boolean;
}

/** The items of the procedure for this kind; derived ones (meters, keys, archive) are ticked from facts. */
export function checklistFor(f: MoveInFacts): ChecklistEntry[] {
  const I = ChecklistItem;
  let items: ChecklistItem[];
  if (f.kind === 'OWNER')
    items = [
      I.NOTICE,
      I.PURCHASE_CONTRACT,
      I.PAYMENT_PROOF,
      I.ID_AND_PHOTOS,
      ...(f.byAgent ? [I.POWER_OF_ATTORNEY] : []),
      I.SIGNED_COVENANT,
      I.FIRE_SAFETY_RESPONSIBILITY,
      I.SERVICE_AGREEMENT,
      I.METER_READINGS,
      I.KEYS_HANDED_OVER,
      I.ARCHIVE_CREATED,
    ];
  else if (f.kind === 'LESSEE')
    items = [
      I.LEASE_SIGNED,
      I.RENT_PAID,
      I.ID_PROVIDED,
      I.RENOVATION_ACCEPTED,
      ...(f.ownerPresentRequired ? [I.OWNER_PRESENT] : []),
      I.FIRE_SAFETY_RESPONSIBILITY,
      I.ARCHIVE_CREATED,
    ];
  else items = [I.ID_PROVIDED, I.ARCHIVE_CREATED];
  return items.map((item) => ({
    item,
    done:
      item === I.METER_READINGS
        ? f.meterReadings > 0
        : item === I.KEYS_HANDED_OVER
          ? f.keysHandedOver > 0
          : item === I.ARCHIVE_CREATED
            ? f.archiveExists
            : f.provided.includes(item),
  }));
}

/** R-CUS-5: a lessee moves in only when every one of these is met. */
export function lesseeBlockers(f: MoveInFacts): ChecklistItem[] {
  if (f.kind !== 'LESSEE') return [];
  const I = ChecklistItem;
  const required = [
    I.LEASE_SIGNED,
    I.RENT_PAID,
    I.ID_PROVIDED,
    I.RENOVATION_ACCEPTED,
    ...(f.ownerPresentRequired ? [I.OWNER_PRESENT] : []),
  ];
  return required.filter((i) => !f.provided.includes(i));
}

/** R-CUS-4: keys the company keeps back while defects are open (policy keysRetainedWhileDefectsOpen). */
export const keysRetained = (defectsOpen: boolean, policyKeys: number) => (defectsOpen ? policyKeys : 0);

/** R-CUS-4 timers: reminder N days before the deadline, escalation the day after it (property-local dates). */
export function moveInTimers(
  deadline: string,
  reminderDaysBefore: number,
): { remindOn: string; escalateOn: string } {
  return { remindOn: addDays(deadline, -reminderDaysBefore), escalateOn: addDays(deadline, 1) };
}
