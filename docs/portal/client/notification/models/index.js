/* tslint:disable */
/* eslint-disable */
export * from './NotificationAuditEntryResponse.js';
export * from './NotificationFailedNotification.js';
export * from './NotificationFailedNotificationPage.js';
export * from './NotificationFieldError.js';
export * from './NotificationPage.js';
export * from './NotificationParkedEventResponse.js';
export * from './NotificationProblem.js';
export * from './NotificationRecipientResponse.js';
export * from './NotificationRedeliveryRequest.js';
export * from './NotificationRedeliveryResponse.js';
export * from './NotificationSecretRotationRequest.js';
export * from './NotificationStatus.js';
export * from './NotificationView.js';
export * from './NotificationWebhookAttemptView.js';
export * from './NotificationWebhookDeliveryPage.js';
export * from './NotificationWebhookDeliveryStatus.js';
export * from './NotificationWebhookDeliveryView.js';
export * from './NotificationWebhookEndpointList.js';
export * from './NotificationWebhookEndpointRequest.js';
export * from './NotificationWebhookEndpointStatus.js';
export * from './NotificationWebhookEndpointView.js';
