/**
 * Complaints (投诉): received, handled within per-severity targets, resolved and confirmed
 * by the customer; breaches are escalated to the team managers as in-app notifications.
 */
package org.kam.complaint;
