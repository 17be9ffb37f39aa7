package org.kam.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.kam.shared.CleanText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Uploaded file names go through {@link CleanText} like every other text: a name with a
 * control character or a direction override ({@code \u202Egnp.exe} shown as
 * {@code exe.png}) is refused before any module sees the file, a good one arrives trimmed
 * and in NFC. Replaces Spring Boot's resolver, which is the same one without the check.
 */
@Configuration(proxyBeanMethods = false)
class CleanUploads {

	@Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
	StandardServletMultipartResolver multipartResolver() {
		return new StandardServletMultipartResolver() {
			@Override
			public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
				return new CleanRequest(request);
			}
		};
	}

	/** A file name that {@link CleanText} refuses, and the form field it came in. */
	static final class RefusedFileName extends MultipartException {

		private final String field;

		RefusedFileName(String field) {
			super("The name of the file in '" + field + "' " + CleanText.MESSAGE);
			this.field = field;
		}

		String field() {
			return field;
		}

	}

	static final class CleanRequest extends StandardMultipartHttpServletRequest {

		CleanRequest(HttpServletRequest request) {
			super(request, false);
			MultiValueMap<String, MultipartFile> cleaned = new LinkedMultiValueMap<>();
			getMultipartFiles().forEach((field, files) -> files
				.forEach(file -> cleaned.add(field, new Renamed(file, cleanName(field, file.getOriginalFilename())))));
			setMultipartFiles(cleaned);
		}

		private static String cleanName(String field, String name) {
			try {
				return CleanText.clean(name);
			}
			catch (CleanText.Refused e) {
				throw new RefusedFileName(field);
			}
		}

	}

	/** The uploaded file under its cleaned name. */
	record Renamed(MultipartFile file, String originalName) implements MultipartFile {

		@Override
		public String getName() {
			return file.getName();
		}

		@Override
		public String getOriginalFilename() {
			return originalName;
		}

		@Override
		public String getContentType() {
			return file.getContentType();
		}

		@Override
		public boolean isEmpty() {
			return file.isEmpty();
		}

		@Override
		public long getSize() {
			return file.getSize();
		}

		@Override
		public byte[] getBytes() throws IOException {
			return file.getBytes();
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return file.getInputStream();
		}

		@Override
		public void transferTo(File dest) throws IOException {
			file.transferTo(dest);
		}

	}

}
