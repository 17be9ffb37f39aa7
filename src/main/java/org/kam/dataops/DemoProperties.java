package org.kam.dataops;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kam.demo.*}: how many demo accounts to put into an empty database at start-up (0
 * = none), the seed that makes the same number always give the same data, and how many
 * threads write the batches of a load (0 = two on PostgreSQL, whose single backend
 * bounded a load with one, and one on H2; any number gives the same data).
 */
@ConfigurationProperties("kam.demo")
record DemoProperties(int accounts, long seed, int loadWriters) {

}
