package org.kam.dataops;

import java.util.List;

/**
 * A record module's part of the demo data (communications, contracts, sales…), declared
 * as a bean in the module's {@code demo} package (e.g.
 * {@code org.kam.contract.demo.ContractDemoFiller}); it writes through its module's own
 * repository, with batched inserts. After the accounts are loaded, {@link DemoData} walks
 * them in chunks and hands each chunk to every filler inside one transaction per chunk,
 * so memory stays flat at a million accounts. A filler derives its randomness from
 * {@link DemoContext#random} so that the same seed gives the same records.
 */
public interface DemoFiller {

	/** Short name for the log, e.g. {@code communications}. */
	String kind();

	/**
	 * Fillers run by ascending order, so that one kind may build on another's rows of the
	 * same chunk (a periodic report on the sales just written).
	 */
	default int order() {
		return 100;
	}

	/**
	 * Writes this kind's records for the chunk (batched inserts); returns rows written.
	 */
	long fill(List<DemoAccountRef> accounts, DemoContext context);

}
