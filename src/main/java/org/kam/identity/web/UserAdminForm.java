package org.kam.identity.web;

import java.util.EnumSet;
import java.util.Set;

import org.kam.identity.Role;
import org.kam.identity.domain.User;
import org.kam.identity.domain.UserForm;

/**
 * What the user pages post. Mutable so that checkboxes bind through Spring's field
 * markers (an unticked box still arrives as "false" or an empty set); the rules are those
 * of {@link UserForm}, checked on the converted form so that pages and API agree.
 */
public class UserAdminForm {

	private String username;

	private String displayName;

	private String password;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	private Long version;

	static UserAdminForm of(User user) {
		UserAdminForm form = new UserAdminForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}

	UserForm toUserForm() {
		return new UserForm(username, password, displayName, roles == null ? Set.of() : Set.copyOf(roles), enabled,
				version);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
