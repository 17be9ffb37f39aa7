package org.kam.account;

/** How soon the account needs attention (事态分类). */
public enum Urgency {

	/** 紧急 */
	URGENT,
	/** 缓处理 */
	DEFERRED,
	/** 可等待 */
	CAN_WAIT

}
