package org.kam.dataops;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchWritersTests {

	@Test
	void writesEveryBatchOnSeveralThreads() throws InterruptedException {
		List<Integer> written = new CopyOnWriteArrayList<>();
		Set<String> threads = ConcurrentHashMap.newKeySet();
		CountDownLatch bothStarted = new CountDownLatch(2);
		try (BatchWriters writers = new BatchWriters(2)) {
			for (int i = 0; i < 10; i++) {
				int batch = i;
				writers.write(() -> {
					threads.add(Thread.currentThread().getName());
					bothStarted.countDown();
					await(bothStarted);
					written.add(batch);
				});
			}
			writers.finish();
		}
		assertThat(written).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(threads).hasSize(2);
	}

	@Test
	void theFirstFailureStopsTheLoadAndIsRethrown() {
		List<Integer> written = new CopyOnWriteArrayList<>();
		AtomicInteger handedOver = new AtomicInteger();
		IllegalStateException broken = new IllegalStateException("batch 3 broke");
		try (BatchWriters writers = new BatchWriters(1)) {
			assertThatThrownBy(() -> {
				for (int i = 0; i < 1000; i++) {
					int batch = i;
					writers.write(() -> {
						if (batch == 3) {
							throw broken;
						}
						written.add(batch);
					});
					handedOver.incrementAndGet();
				}
				writers.finish();
			}).isSameAs(broken);
		}
		// batches handed over before the failure was seen are not written
		assertThat(written).containsExactly(0, 1, 2);
		assertThat(handedOver).hasValueLessThan(10);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
