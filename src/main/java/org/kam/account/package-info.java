/** The key account archive (客户档案): accounts and their contacts. */
package org.kam.account;
