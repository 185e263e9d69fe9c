/* tslint:disable */
/* eslint-disable */
export * from './NotificationFieldError.js';
export * from './NotificationPage.js';
export * from './NotificationParkedEventResponse.js';
export * from './NotificationProblem.js';
export * from './NotificationRecipientResponse.js';
export * from './NotificationStatus.js';
export * from './NotificationView.js';
