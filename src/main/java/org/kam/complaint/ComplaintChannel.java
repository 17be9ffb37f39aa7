package org.kam.complaint;

/** How the complaint reached us. */
public enum ComplaintChannel {

	PHONE, EMAIL, MEETING, VISIT, WECHAT, OTHER

}
