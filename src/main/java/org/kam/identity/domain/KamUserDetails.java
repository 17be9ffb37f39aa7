package org.kam.identity.domain;

import java.util.Collection;
import java.util.List;

import org.kam.identity.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal; carries the {@link CurrentUser} the rest of KAM works with. */
public final class KamUserDetails implements UserDetails, CredentialsContainer {

	private final CurrentUser user;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	KamUserDetails(CurrentUser user, boolean enabled, boolean locked, String passwordHash) {
		this.user = user;
		this.enabled = enabled;
		this.locked = locked;
		this.passwordHash = passwordHash;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
