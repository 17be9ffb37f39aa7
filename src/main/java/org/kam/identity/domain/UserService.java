package org.kam.identity.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kam.identity.CurrentUser;
import org.kam.identity.Role;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing users: the admin's work. */
@Service
public class UserService implements UserDirectory {

	private final Users users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	UserService(Users users, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public User create(UserForm form) {
		if (form.password() == null) {
			throw new InvalidInputException("password", "validation.password.required", "is required for a new user");
		}
		String username = normalize(form.username());
		if (users.existsByUsername(username)) {
			throw new InvalidInputException("username", "validation.username.taken", "is already taken");
		}
		long id = users.insert(username, passwordEncoder.encode(form.password()), form.displayName().trim(),
				form.enabledOrDefault(), now());
		users.replaceRoles(id, form.roles());
		return users.findById(id).orElseThrow();
	}

	@Transactional
	public User update(long id, UserForm form, CurrentUser actor) {
		User current = get(id);
		if (!normalize(form.username()).equals(current.username())) {
			throw new InvalidInputException("username", "validation.username.fixed", "cannot be changed");
		}
		if (form.version() != null && form.version() != current.version()) {
			throw new StaleVersionException("User", id, current.version());
		}
		if (id == actor.id() && (!form.enabledOrDefault() || !form.roles().contains(Role.ADMIN))) {
			throw new InvalidInputException(form.enabledOrDefault() ? "roles" : "enabled", "validation.self.lockout",
					"you cannot disable yourself or remove your own ADMIN role");
		}
		String hash = form.password() == null ? null : passwordEncoder.encode(form.password());
		// what an open session was granted no longer holds: it must end on its next
		// request
		boolean revokeSessions = hash != null || current.enabled() != form.enabledOrDefault()
				|| !current.roles().equals(Set.copyOf(form.roles()));
		if (users.update(id, current.version(), form.displayName().trim(), form.enabledOrDefault(), hash,
				revokeSessions, now()) == 0) {
			throw new StaleVersionException("User", id, get(id).version());
		}
		users.replaceRoles(id, form.roles());
		return get(id);
	}

	public User get(long id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

	/**
	 * Until when sign-ins for the user are throttled after failed attempts, if they are
	 * now; saving the user ({@link #update}) lifts it.
	 */
	public Optional<OffsetDateTime> signInThrottledUntil(long id) {
		return users.throttledUntil(id, now());
	}

	public PageResult<User> list(PageQuery page) {
		return new PageResult<>(users.page(page), page.page(), page.size(), users.count());
	}

	@Override
	public boolean isActiveUser(long userId) {
		return users.isEnabled(userId);
	}

	@Override
	public Map<Long, UserRef> find(Collection<Long> userIds) {
		return users.refs(userIds);
	}

	@Override
	public List<UserRef> searchActive(String text, int limit) {
		return users.searchActive(text == null ? "" : text.trim().toLowerCase(Locale.ROOT), limit);
	}

	static String normalize(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
