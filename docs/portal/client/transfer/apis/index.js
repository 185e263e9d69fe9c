/* tslint:disable */
/* eslint-disable */
export * from './AuditTrailApi.js';
export * from './OperationsApi.js';
export * from './OperatorsDeskApi.js';
export * from './ReadModelsApi.js';
export * from './SubscriptionsApi.js';
export * from './TransfersApi.js';
export * from './TransitionApi.js';
