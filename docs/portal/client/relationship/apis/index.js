/* tslint:disable */
/* eslint-disable */
export * from './AuditTrailApi.js';
export * from './CustomerInvitationsApi.js';
export * from './CustomersApi.js';
export * from './IndirectProvidersApi.js';
export * from './MicrosoftCustomerAgreementApi.js';
export * from './OperationsApi.js';
export * from './OperatorsDeskApi.js';
export * from './PartnershipsApi.js';
export * from './ReadModelsApi.js';
export * from './RelationshipExtensionsApi.js';
