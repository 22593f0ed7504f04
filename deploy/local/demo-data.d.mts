// Types of demo-data.mjs for the TypeScript test that runs it (gateway/test/demo-data.test.ts).

export interface DemoDataOptions {
  gatewayUrl: string;
  /** The company admin's token. */
  token: string;
  /** The business clock; default the wall clock. */
  now?: () => Date;
  /** A staff member's token, to learn the id of a person invited earlier. */
  login?: (email: string) => Promise<string>;
  /** Password of the staff it invites. */
  password?: string;
  log?: (message: string) => void;
}

export interface DemoDataResult {
  properties: { id: string; name: string; kind: string; units: number; customers: number }[];
  added: Record<
    | 'properties'
    | 'units'
    | 'staff'
    | 'customers'
    | 'moveIns'
    | 'billRuns'
    | 'payments'
    | 'tickets'
    | 'visits'
    | 'checks',
    number
  >;
  /** The six billed periods, oldest first. */
  periods: string[];
  requests: number;
  seconds: number;
}

export function seedDemoData(o: DemoDataOptions): Promise<DemoDataResult>;
export function idCheckChar(first17: string): string;
export function demoPerson(n: number): { name: string; phone: string; idNumber: string; birthday: string };
export function unitLabel(u: { building: string; number: string }, kind: string): string;
