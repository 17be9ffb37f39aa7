/**
 * In-app notifications: short messages for one user or for everyone holding a role when
 * they read it (a breached complaint target, later reminders), listed on the
 * notifications page and marked read there, each reader for themselves.
 */
package org.kam.notification;
