/** Who may see and change which records: the access policy applied inside SQL. */
package org.kam.governance;
