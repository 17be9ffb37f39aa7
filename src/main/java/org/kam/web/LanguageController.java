package org.kam.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch in the header: remembers the choice and goes back where the user
 * was.
 */
@Controller
class LanguageController {

	private final LocaleResolver localeResolver;

	LanguageController(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	@GetMapping("/language/{tag}")
	String switchTo(@PathVariable String tag, @RequestParam(name = "return", defaultValue = "/") String back,
			HttpServletRequest request, HttpServletResponse response) {
		localeResolver.setLocale(request, response, LocaleConfig.supported(Locale.forLanguageTag(tag)));
		return "redirect:" + (isLocalPath(back) ? back : "/");
	}

	/** Only paths on this site: an open redirect would let a link send users anywhere. */
	static boolean isLocalPath(String path) {
		// Browsers drop tabs and line breaks from URLs, so "/\t/evil" would become
		// "//evil": refuse all of them.
		return LOCAL_PATH.matcher(path).matches();
	}

	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\\\p{Cntrl}]*");

}
