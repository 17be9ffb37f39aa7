/**
 * Files kept for records (contract attachments, later backups): one interface, a local
 * directory under {@code kam.data-dir} now, an S3-compatible store later.
 */
package org.kam.storage;
