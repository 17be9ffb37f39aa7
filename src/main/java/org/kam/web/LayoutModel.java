package org.kam.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kam.identity.Role;
import org.kam.identity.SignedIn;
import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout of every page needs: who is signed in, the CSRF header for htmx, where
 * we are.
 */
class LayoutModel implements HandlerInterceptor {

	private final ObjectProvider<RecordKind> kinds;

	LayoutModel(ObjectProvider<RecordKind> kinds) {
		this.kinds = kinds;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
		if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
			return;
		}
		SignedIn.user().ifPresent(user -> {
			mav.addObject("me", user);
			mav.addObject("isAdmin", user.roles().contains(Role.ADMIN));
			mav.addObject("menuEntries", menu());
		});
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
			mav.addObject("csrfHeaders", "{\"" + csrf.getHeaderName() + "\":\"" + csrf.getToken() + "\"}");
		}
		String query = request.getQueryString();
		mav.addObject("currentUrl", request.getRequestURI() + (query == null ? "" : "?" + query));
	}

	/** The entries the record kinds add to the main menu, in their order. */
	private List<MenuEntry> menu() {
		return kinds.orderedStream()
			.map(RecordKind::menu)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparingInt(MenuEntry::order))
			.toList();
	}

}
