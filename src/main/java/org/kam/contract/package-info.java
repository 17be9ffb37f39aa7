/**
 * Contracts and agreements (合同和协议) of an account: terms, dates, amount, status, renewal
 * notice, and their attachments (kept through {@link org.kam.storage.FileStorage}).
 */
package org.kam.contract;
