package org.kam.serviceplan.domain;

/** How the service is delivered. */
public enum ServiceMethod {

	PHONE, EMAIL, ON_SITE, OTHER

}
