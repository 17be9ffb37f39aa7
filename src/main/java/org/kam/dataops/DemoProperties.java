package org.kam.dataops;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kam.demo.*}: how many demo accounts to put into an empty database at start-up (0
 * = none) and the seed that makes the same number always give the same data.
 */
@ConfigurationProperties("kam.demo")
record DemoProperties(int accounts, long seed) {

}
