package org.kam.contract.web;

import java.nio.charset.StandardCharsets;

import org.kam.contract.domain.Attachment;
import org.kam.contract.domain.AttachmentService;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attachment as a download: always "save as" (never shown inline, so an uploaded file
 * cannot run as a page of ours), with the type its bytes were recognised as and nosniff.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<Resource> of(Attachment attachment, AttachmentService attachments) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new InputStreamResource(attachments.open(attachment)));
	}

}
