package org.kam.account;

/** Need status (需求分类). */
public enum AccountStatus {

	/** 合作客户 */
	COOPERATING,
	/** 意向客户 */
	INTENDED,
	/** 潜在客户 */
	POTENTIAL,
	/** 终止合作客户 */
	TERMINATED

}
