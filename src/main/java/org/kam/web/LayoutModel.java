package org.kam.web;

import java.util.Comparator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kam.identity.Role;
import org.kam.identity.SignedIn;
import org.kam.shared.NavItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout of every page needs: who is signed in, the CSRF header for htmx, where
 * we are.
 */
class LayoutModel implements HandlerInterceptor {

	private final ObjectProvider<NavItem> navItems;

	LayoutModel(ObjectProvider<NavItem> navItems) {
		this.navItems = navItems;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
		if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
			return;
		}
		SignedIn.user().ifPresent(user -> {
			mav.addObject("me", user);
			mav.addObject("isAdmin", user.roles().contains(Role.ADMIN));
			mav.addObject("navItems",
					navItems.orderedStream().sorted(Comparator.comparingInt(NavItem::order)).toList());
		});
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
			mav.addObject("csrfHeaders", "{\"" + csrf.getHeaderName() + "\":\"" + csrf.getToken() + "\"}");
		}
		String query = request.getQueryString();
		mav.addObject("currentUrl", request.getRequestURI() + (query == null ? "" : "?" + query));
	}

}
