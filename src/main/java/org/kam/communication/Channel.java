package org.kam.communication;

/** How we communicated with the account. */
public enum Channel {

	PHONE, EMAIL, MEETING, VISIT, WECHAT, OTHER

}
