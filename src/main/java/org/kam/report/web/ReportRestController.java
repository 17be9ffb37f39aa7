package org.kam.report.web;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.identity.CurrentUser;
import org.kam.report.domain.NewReport;
import org.kam.report.domain.Report;
import org.kam.report.domain.ReportService;
import org.kam.report.domain.ReportTexts;
import org.kam.report.domain.ReportVersion;
import org.kam.report.domain.VersionEntry;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/{accountId}/reports")
@Tag(name = "Periodic reports",
		description = "An account's monthly or quarterly reports (定期报告), their versions, PDF and XLSX")
class ReportRestController {

	private final ReportService reports;

	private final ReportDownloads downloads;

	ReportRestController(ReportService reports, ReportDownloads downloads) {
		this.reports = reports;
		this.downloads = downloads;
	}

	@GetMapping
	PageResult<Report> list(@PathVariable long accountId, @ParameterObject @ModelAttribute AccountReportsQuery query,
			CurrentUser user) {
		return reports.list(accountId, query.kind(), query.sort(), query.pageQuery(), user);
	}

	@PostMapping
	ResponseEntity<ReportView> create(@PathVariable long accountId, @RequestBody NewReport request,
			@RequestParam(required = false) String lang, Locale locale, CurrentUser user) {
		Locale language = ReportDownloads.language(lang, locale);
		ReportVersion created = reports.create(accountId, request, user);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/reports/" + created.report().id()))
			.body(ReportView.of(created, language));
	}

	@GetMapping("/{reportId}")
	ReportView get(@PathVariable long accountId, @PathVariable long reportId,
			@RequestParam(required = false) String lang, Locale locale, CurrentUser user) {
		return ReportView.of(reports.get(accountId, reportId, user), ReportDownloads.language(lang, locale));
	}

	@PutMapping("/{reportId}")
	ReportView edit(@PathVariable long accountId, @PathVariable long reportId, @Valid @RequestBody ReportTexts texts,
			@RequestParam(required = false) String lang, Locale locale, CurrentUser user) {
		Locale language = ReportDownloads.language(lang, locale);
		return ReportView.of(reports.edit(accountId, reportId, texts, user), language);
	}

	/**
	 * Builds the sections again from today's records as a new version: {"version": n}.
	 */
	@PostMapping("/{reportId}/regenerate")
	ReportView regenerate(@PathVariable long accountId, @PathVariable long reportId,
			@RequestBody(required = false) ReportTexts request, @RequestParam(required = false) String lang,
			Locale locale, CurrentUser user) {
		Locale language = ReportDownloads.language(lang, locale);
		ReportVersion next = reports.regenerate(accountId, reportId, request == null ? null : request.version(), user);
		return ReportView.of(next, language);
	}

	@GetMapping("/{reportId}/versions")
	PageResult<VersionEntry> versions(@PathVariable long accountId, @PathVariable long reportId,
			@ParameterObject @ModelAttribute PageParameters pages, CurrentUser user) {
		return reports.versions(accountId, reportId, pages.pageQuery(), user);
	}

	@GetMapping("/{reportId}/versions/{version}")
	ReportView version(@PathVariable long accountId, @PathVariable long reportId, @PathVariable long version,
			@RequestParam(required = false) String lang, Locale locale, CurrentUser user) {
		return ReportView.of(reports.version(accountId, reportId, version, user),
				ReportDownloads.language(lang, locale));
	}

	@DeleteMapping("/{reportId}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long reportId, CurrentUser user) {
		reports.delete(accountId, reportId, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{reportId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long accountId, @PathVariable long reportId,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String lang, Locale locale,
			CurrentUser user) {
		return downloads.pdf(accountId, reportId, version, lang, locale, user);
	}

	@GetMapping("/{reportId}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long accountId, @PathVariable long reportId,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String lang, Locale locale,
			CurrentUser user) {
		return downloads.xlsx(accountId, reportId, version, lang, locale, user);
	}

}
