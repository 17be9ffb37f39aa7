/**
 * Tiny shared kernel: paging, sorting and the exceptions the API turns into problem
 * details.
 */
package org.kam.shared;
