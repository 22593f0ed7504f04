import { documentProblems, operationId } from './partner-operation.rules';

describe('registered partner operations', () => {
  it('are named by the SHA-256 of the document as sent', () => {
    expect(operationId('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(operationId('{ me { roles } }')).toMatch(/^[0-9a-f]{64}$/);
    expect(operationId('{ me { roles } }')).not.toBe(operationId('{ me { roles }}'));
  });

  it('hold exactly one query or mutation that parses', () => {
    expect(documentProblems('query Tickets { tickets { totalCount } }')).toBeUndefined();
    expect(documentProblems('mutation { revokePartnerClient(clientId: "x") { clientId } }')).toBeUndefined();
    expect(documentProblems('')).toBe('is empty');
    expect(documentProblems('{ tickets { ')).toMatch(/does not parse/);
    expect(documentProblems('query A { me { roles } } query B { me { roles } }')).toBe(
      'must hold exactly one operation',
    );
    expect(documentProblems('fragment F on Me { roles }')).toBe('must hold exactly one operation');
    expect(documentProblems('subscription { x }')).toBe('subscriptions are not served');
    expect(documentProblems(`{ me { roles } } # ${'x'.repeat(20_000)}`)).toMatch(/over/);
  });
});
