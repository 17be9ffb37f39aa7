/**
 * Market analysis reports (市场分析报告): the size, growth, competitors' shares and demand of a
 * market (an industry and/or a region over a period), linked to the accounts they
 * concern.
 */
package org.kam.market;
