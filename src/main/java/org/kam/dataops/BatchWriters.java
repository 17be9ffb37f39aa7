package org.kam.dataops;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A few threads that write the batches of a load, each batch in a transaction of its own,
 * while the caller generates the next ones. At most two batches per writer wait or are
 * being written, so memory stays flat however large the load. After the first failure no
 * further batch is written: {@link #write} and {@link #finish} wait for the batches in
 * flight and rethrow it, and what committed stays (whole batches).
 */
final class BatchWriters implements AutoCloseable {

	private static final int WAITING_PER_WRITER = 2;

	private final ExecutorService threads;

	private final Semaphore room;

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	BatchWriters(int writers) {
		if (writers < 1) {
			throw new IllegalArgumentException("A load needs at least one writer, not " + writers);
		}
		AtomicInteger number = new AtomicInteger();
		this.threads = Executors.newFixedThreadPool(writers, task -> {
			Thread thread = new Thread(task, "demo-load-writer-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.room = new Semaphore(writers * WAITING_PER_WRITER);
	}

	/**
	 * Hands a batch's write to the next free writer, waiting while the writers are full;
	 * after a writer failed, waits for the others and throws its failure instead.
	 */
	void write(Runnable batch) {
		try {
			room.acquire();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while handing a batch to the writers", e);
		}
		if (failure.get() != null) {
			room.release();
			finish();
		}
		threads.execute(() -> {
			try {
				if (failure.get() == null) {
					batch.run();
				}
			}
			catch (Throwable e) {
				failure.compareAndSet(null, e);
			}
			finally {
				room.release();
			}
		});
	}

	/** Waits for every batch handed over, then throws the first failure if any. */
	void finish() {
		close();
		Throwable first = failure.get();
		if (first instanceof RuntimeException e) {
			throw e;
		}
		if (first instanceof Error e) {
			throw e;
		}
		if (first != null) {
			throw new IllegalStateException(first);
		}
	}

	/** Waits for every batch handed over (a batch is never cut off mid-transaction). */
	@Override
	public void close() {
		threads.shutdown();
		boolean interrupted = false;
		while (!threads.isTerminated()) {
			try {
				threads.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
