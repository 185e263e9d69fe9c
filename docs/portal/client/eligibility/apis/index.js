/* tslint:disable */
/* eslint-disable */
export * from './AuditTrailApi.js';
export * from './CapabilityReviewsApi.js';
export * from './DirectBillEligibilityApi.js';
export * from './DirectBillEnrollmentApi.js';
export * from './DirectBillPoliciesApi.js';
export * from './IndirectResellerEnrollmentApi.js';
export * from './OperationsApi.js';
export * from './OperatorsDeskApi.js';
export * from './PartnersApi.js';
export * from './RevenueApi.js';
