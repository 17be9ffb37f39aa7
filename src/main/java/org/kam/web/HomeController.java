package org.kam.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Until the web UI lands, the home page is the API's own documentation. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/swagger-ui.html";
	}

}
