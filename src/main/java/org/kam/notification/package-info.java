/**
 * In-app notifications: short messages for one user (a breached complaint target, later
 * reminders), listed on the notifications page and marked read there.
 */
package org.kam.notification;
