package org.kam.complaint.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.kam.complaint.ComplaintStatus;
import org.kam.shared.InvalidInputException;

/**
 * A complaint's form with what the workflow derives from it: the status it ends in, the
 * times of the first response, resolution, confirmation and closing, and the due times of
 * its severity. Checks the rules a status brings: RESOLVED needs a resolution, CLOSED the
 * customer's confirmation or a note, and only a resolved complaint can be confirmed.
 */
record ComplaintFields(ComplaintForm form, long ownerId, ComplaintStatus status, OffsetDateTime respondedAt,
		OffsetDateTime responseDueAt, OffsetDateTime resolutionDueAt, OffsetDateTime resolvedAt,
		OffsetDateTime confirmedAt, OffsetDateTime closedAt) {

	/** A new complaint, received in the status the form says (OPEN unless given). */
	static ComplaintFields start(ComplaintForm form, long ownerId, ComplaintTargets targets, OffsetDateTime now) {
		return next(null, form, ownerId, targets, now);
	}

	/**
	 * The complaint after the change; {@code current} is null for a new one. Times
	 * already set are kept; reopening clears the resolution time.
	 */
	static ComplaintFields next(Complaint current, ComplaintForm form, long ownerId, ComplaintTargets targets,
			OffsetDateTime now) {
		ComplaintStatus status = form.statusOrOpen();
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (current != null && !current.status().mayBecome(status)) {
			// the other rules would only repeat what this says
			throw new InvalidInputException("status", "complaint.validation.transition",
					"cannot change from " + current.status() + " to " + status, current.status().name(), status.name());
		}
		boolean hasResolution = Complaints.blankToNull(form.resolution()) != null;
		if (status == ComplaintStatus.RESOLVED && !hasResolution) {
			problems.add(new InvalidInputException.Problem("resolution", "complaint.validation.resolution.required",
					List.of(), "is required to resolve the complaint"));
		}
		if (status == ComplaintStatus.CLOSED && !form.confirmed()
				&& Complaints.blankToNull(form.closingNote()) == null) {
			problems.add(new InvalidInputException.Problem("closingNote", "complaint.validation.close.requires",
					List.of(), "is required to close the complaint without the customer's confirmation"));
		}
		if (form.confirmed() && status != ComplaintStatus.RESOLVED && status != ComplaintStatus.CLOSED) {
			problems
				.add(new InvalidInputException.Problem("customerConfirmed", "complaint.validation.confirm.unresolved",
						List.of(), "the customer can confirm only a resolved complaint"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ComplaintTargets.Target target = targets.of(form.severity());
		OffsetDateTime responded = current == null ? null : current.respondedAt();
		if (responded == null && (status == ComplaintStatus.IN_PROGRESS || status == ComplaintStatus.RESOLVED
				|| (status == ComplaintStatus.CLOSED && hasResolution))) {
			responded = now;
		}
		OffsetDateTime resolved = null;
		if (status == ComplaintStatus.RESOLVED || (status == ComplaintStatus.CLOSED && hasResolution)) {
			resolved = current != null && current.resolvedAt() != null ? current.resolvedAt() : now;
		}
		OffsetDateTime confirmed = null;
		if (form.confirmed()) {
			confirmed = current != null && current.confirmedAt() != null ? current.confirmedAt() : now;
		}
		OffsetDateTime closed = null;
		if (status == ComplaintStatus.CLOSED) {
			closed = current != null && current.closedAt() != null ? current.closedAt() : now;
		}
		return new ComplaintFields(form, ownerId, status, responded, form.receivedAt().plus(target.response()),
				form.receivedAt().plus(target.resolution()), resolved, confirmed, closed);
	}

}
