export * from './errors';
export * from './issuer';
export * from './directory';
export * from './verifier';
export * from './jwt';
export * from './revocations';
export * from './document-link';
