package org.kam.identity.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kam.identity.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal; carries the {@link CurrentUser} the rest of KAM works with, and
 * the security stamp it was granted under ({@link SessionValidity}).
 */
public final class KamUserDetails implements UserDetails, CredentialsContainer {

	private final CurrentUser user;

	private final boolean enabled;

	private final long securityStamp;

	private String passwordHash;

	KamUserDetails(CurrentUser user, boolean enabled, long securityStamp, String passwordHash) {
		this.user = user;
		this.enabled = enabled;
		this.securityStamp = securityStamp;
		this.passwordHash = passwordHash;
	}

	public CurrentUser currentUser() {
		return user;
	}

	long securityStamp() {
		return securityStamp;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
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
