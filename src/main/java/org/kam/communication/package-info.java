/**
 * Communication records (客户沟通记录): phone calls, e-mails, meetings, visits and WeChat
 * conversations with an account's people, with their next steps; the account tab, the
 * cross-account list and the next steps due on "my day".
 */
package org.kam.communication;
