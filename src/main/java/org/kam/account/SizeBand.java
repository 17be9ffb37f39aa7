package org.kam.account;

/** Company size. */
public enum SizeBand {

	MICRO, SMALL, MEDIUM, LARGE, ENTERPRISE

}
