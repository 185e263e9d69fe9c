/* tslint:disable */
/* eslint-disable */
export * from './AuditTrailApi.js';
export * from './NotificationsApi.js';
export * from './OperationsApi.js';
export * from './OperatorsDeskApi.js';
export * from './RecipientsApi.js';
export * from './WebhooksApi.js';
