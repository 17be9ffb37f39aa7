package org.kam.account;

/** Value tier, set by hand until analytics computes it. */
public enum Tier {

	A, B, C

}
