package org.kam.contract;

/** What kind of agreement it is. */
public enum ContractType {

	/** 框架协议 */
	FRAMEWORK,
	/** 采购合同 */
	PURCHASE,
	/** 服务合同 */
	SERVICE,
	/** 保密协议 */
	NDA, OTHER

}
