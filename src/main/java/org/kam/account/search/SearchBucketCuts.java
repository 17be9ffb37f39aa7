package org.kam.account.search;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cuts the search documents' name buckets again from time to time: names written since
 * the last cut may have made a bucket uneven (see {@link SearchDocuments#cutBuckets()}).
 */
@Component
class SearchBucketCuts {

	private final SearchDocuments documents;

	SearchBucketCuts(SearchDocuments documents) {
		this.documents = documents;
	}

	@Scheduled(initialDelayString = "${kam.search.cut-buckets.initial-delay:PT5M}",
			fixedDelayString = "${kam.search.cut-buckets.every:PT1H}")
	void cut() {
		documents.cutBuckets();
	}

}
