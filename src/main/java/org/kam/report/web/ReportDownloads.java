package org.kam.report.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.kam.identity.CurrentUser;
import org.kam.report.document.PdfReportWriter;
import org.kam.report.document.ReportDocument;
import org.kam.report.document.ReportDocuments;
import org.kam.report.document.ReportFontMissingException;
import org.kam.report.document.XlsxReportWriter;
import org.kam.report.domain.ReportService;
import org.kam.report.domain.ReportVersion;
import org.kam.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The PDF and XLSX files of a report version, rendered from its snapshot in the reader's
 * language, as attachments named after the account and the period.
 */
@Component
class ReportDownloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final Logger log = LoggerFactory.getLogger(ReportDownloads.class);

	private final ReportService reports;

	private final ReportDocuments documents;

	private final PdfReportWriter pdf;

	private final XlsxReportWriter xlsx;

	ReportDownloads(ReportService reports, ReportDocuments documents, PdfReportWriter pdf, XlsxReportWriter xlsx) {
		this.reports = reports;
		this.documents = documents;
		this.pdf = pdf;
		this.xlsx = xlsx;
	}

	ResponseEntity<byte[]> pdf(long accountId, long reportId, Long version, String lang, Locale locale,
			CurrentUser user) {
		ReportDocument document = document(accountId, reportId, version, lang, locale, user);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			pdf.write(document, out);
		}
		catch (ReportFontMissingException e) {
			log.error(e.getMessage(), e);
			throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
					ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()), e);
		}
		return file(out.toByteArray(), MediaType.APPLICATION_PDF, document.fileName() + ".pdf",
				"report-" + document.periodCode() + "-v" + document.version() + ".pdf");
	}

	ResponseEntity<byte[]> xlsx(long accountId, long reportId, Long version, String lang, Locale locale,
			CurrentUser user) {
		ReportDocument document = document(accountId, reportId, version, lang, locale, user);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		xlsx.write(document, out);
		return file(out.toByteArray(), XLSX, document.fileName() + ".xlsx",
				"report-" + document.periodCode() + "-v" + document.version() + ".xlsx");
	}

	private ReportDocument document(long accountId, long reportId, Long version, String lang, Locale locale,
			CurrentUser user) {
		Locale language = language(lang, locale);
		ReportVersion chosen = version == null ? reports.get(accountId, reportId, user)
				: reports.version(accountId, reportId, version, user);
		return documents.of(chosen, language);
	}

	/** {@code ?lang=zh-CN|en}, else the reader's own language. */
	static Locale language(String lang, Locale locale) {
		if (lang == null || lang.isBlank()) {
			return locale;
		}
		return switch (lang.trim()) {
			case "zh-CN", "zh", "zh_CN" -> Locale.SIMPLIFIED_CHINESE;
			case "en" -> Locale.ENGLISH;
			default -> throw new InvalidInputException("lang", "report.validation.lang", "must be zh-CN or en");
		};
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name, String asciiName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name, asciiName))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

	/**
	 * RFC 6266: an ASCII {@code filename} for old clients and the real, UTF-8 name in
	 * {@code filename*} (华信科技-2026-Q3-v2.pdf).
	 */
	static String contentDisposition(String name, String asciiName) {
		boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(name);
		String fallback = (ascii ? name : asciiName).replace("\"", "").replace("\\", "");
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(name);
	}

	private static String encode(String name) {
		StringBuilder out = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return out.toString();
	}

}
