package org.kam.complaint;

/** What the complaint is about, for root-cause statistics. */
public enum ComplaintCategory {

	PRODUCT_QUALITY, DELIVERY, SERVICE, BILLING, OTHER

}
