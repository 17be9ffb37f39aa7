package org.kam.complaint.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.kam.complaint.ComplaintBreached;
import org.kam.complaint.ComplaintBreached.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the team managers when an active complaint passes its response or resolution
 * target. KAM has no team structure yet, so "the owner's team manager" is the MANAGER
 * role: the notification is addressed to the role, not to the managers of the day, so a
 * manager created or appointed later still sees the breaches already escalated. Each
 * complaint and breach kind is escalated once: the {@code complaint_escalation} row
 * (primary key complaint + kind) is written in the same transaction as the
 * {@link ComplaintBreached} event, so a second run, or a second node, finds it and skips.
 * The notification module listens to the event; the event publication registry stores the
 * delivery in this transaction, so a notification that fails is written on the next start
 * (docs/events.md).
 */
@Component
public class ComplaintEscalation {

	private static final Logger log = LoggerFactory.getLogger(ComplaintEscalation.class);

	/** Complaints escalated per kind and run; the next run takes the rest. */
	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ComplaintEscalation(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Escalates the breaches found now; answers how many complaints were escalated. */
	@Scheduled(initialDelayString = "${kam.complaints.escalation.initial-delay:PT1M}",
			fixedDelayString = "${kam.complaints.escalation.interval:PT5M}")
	public int run() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int escalated = 0;
		for (Target breach : Target.values()) {
			for (Candidate candidate : candidates(breach, now)) {
				if (escalate(candidate, breach, now)) {
					escalated++;
				}
			}
		}
		if (escalated > 0) {
			log.info("Escalated {} complaint target breaches to the managers", escalated);
		}
		return escalated;
	}

	private List<Candidate> candidates(Target breach, OffsetDateTime now) {
		String due = breach == Target.RESPONSE
				? "c.status = 'OPEN' and c.responded_at is null and c.response_due_at < :now"
				: "c.status in ('OPEN', 'IN_PROGRESS') and c.resolution_due_at < :now";
		return jdbc.sql("""
				select c.id, c.account_id, a.name from complaint c
				join account a on a.id = c.account_id and a.deleted_at is null
				where %s and c.deleted_at is null
				  and not exists (select 1 from complaint_escalation e where e.complaint_id = c.id and e.kind = :kind)
				order by c.id limit :limit""".formatted(due))
			.param("now", now)
			.param("kind", breach.name())
			.param("limit", BATCH)
			.query((rs, row) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	private boolean escalate(Candidate c, Target breach, OffsetDateTime now) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				int written = jdbc.sql("""
						insert into complaint_escalation (complaint_id, account_id, kind, escalated_at)
						select :id, :accountId, :kind, :now from complaint
						where id = :id and not exists
						  (select 1 from complaint_escalation where complaint_id = :id and kind = :kind)""")
					.param("id", c.id())
					.param("accountId", c.accountId())
					.param("kind", breach.name())
					.param("now", now)
					.update();
				if (written == 0) {
					return false;
				}
				events.publishEvent(new ComplaintBreached(c.id(), c.accountId(), c.accountName(), breach));
				return true;
			}));
		}
		catch (DuplicateKeyException e) {
			// another node escalated it at the same moment
			return false;
		}
	}

	private record Candidate(long id, long accountId, String accountName) {
	}

}
