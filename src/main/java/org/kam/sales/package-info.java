/**
 * Sales records (销售记录): an account's orders and their lines, totals by period, purchase
 * frequency and average order value, and a bulk load that is idempotent on the order
 * number.
 */
package org.kam.sales;
