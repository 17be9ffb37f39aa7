package org.kam.sales.web;

import java.util.List;

import org.kam.sales.domain.SalesOrderForm;

/**
 * A bulk load: {@code {"orders": [...]}}, each order as for a single create (with
 * {@code accountId} when posted to {@code /api/v1/sales/bulk}).
 */
record BulkRequest(List<SalesOrderForm> orders) {
}
