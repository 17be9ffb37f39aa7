package org.kam.account;

/**
 * What one batch of a bulk load wrote: the accounts got the ids from {@code firstId} to
 * {@code lastId} in the order given, their contacts the ids after the highest before.
 */
public record LoadedBatch(long firstId, long lastId, int contacts) {

}
