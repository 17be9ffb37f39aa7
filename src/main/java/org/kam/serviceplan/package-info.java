/**
 * Service plans (客户服务计划): what service an account gets, when (once or recurring), how,
 * and who is responsible; overdue items for their owners and the team manager.
 */
package org.kam.serviceplan;
