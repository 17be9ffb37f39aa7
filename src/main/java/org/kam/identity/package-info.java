/** Users, roles, sign-in and the security of every endpoint. */
package org.kam.identity;
