/**
 * Satisfaction surveys (客户满意度调查): scores per account and date, their trend, and the
 * one-time public link through which a customer's contact answers without signing in.
 */
package org.kam.survey;
