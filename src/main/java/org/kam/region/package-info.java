/**
 * China's provinces and prefecture-level cities (GB/T 2260 codes) with their Chinese and
 * English names: a fixed reference set that accounts and pages pick regions from.
 */
package org.kam.region;
