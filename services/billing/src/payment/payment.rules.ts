export enum PaymentStatus {
  POSTED = 'POSTED',
  REVERSED = 'REVERSED',
}
