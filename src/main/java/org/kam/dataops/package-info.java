/** Data operations: demo data now; import/export and backup/restore belong here too. */
package org.kam.dataops;
