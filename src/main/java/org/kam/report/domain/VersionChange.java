package org.kam.report.domain;

/** What made a report version. */
public enum VersionChange {

	/** The report's first version. */
	GENERATED,
	/** The sections were built again from the records; the texts were kept. */
	REGENERATED,
	/** The summary or the problems and solutions were changed. */
	EDITED

}
