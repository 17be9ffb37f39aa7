/**
 * Development plans (客户发展计划): an account's goals for a period, its cooperation content,
 * milestones with the progress they make and the stakeholder map of its contacts.
 */
package org.kam.devplan;
