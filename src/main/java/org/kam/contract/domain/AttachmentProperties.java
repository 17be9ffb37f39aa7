package org.kam.contract.domain;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kam.attachments.*}: the largest file accepted and the kinds of file accepted
 * (recognised from their bytes, see {@link FileKind}). The multipart limits in
 * application.yml must stay a little above {@code max-size}, so that an oversized file
 * reaches this check and gets a clear answer.
 */
@ConfigurationProperties("kam.attachments")
public record AttachmentProperties(@DefaultValue("20MB") DataSize maxSize, @DefaultValue( {
		"PDF", "PNG", "JPEG", "DOCX", "XLSX", "TEXT" }) List<FileKind> allowedTypes){

	public AttachmentProperties {
		allowedTypes = List.copyOf(allowedTypes);
	}

	Set<FileKind> allowed() {
		return Set.copyOf(allowedTypes);
	}

}
