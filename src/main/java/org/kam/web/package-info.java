/**
 * What every page and API call shares: the error contract now, the layout and i18n later.
 */
package org.kam.web;
