package org.kam.identity.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.identity.CurrentUser;
import org.kam.identity.domain.User;
import org.kam.identity.domain.UserForm;
import org.kam.identity.domain.UserService;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users administration (ADMIN only, enforced in {@link SecurityConfig}) and "who am I".
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users")
class UserRestController {

	private final UserService users;

	UserRestController(UserService users) {
		this.users = users;
	}

	@GetMapping("/me")
	CurrentUser me(CurrentUser user) {
		return user;
	}

	@GetMapping("/users")
	PageResult<User> list(@ParameterObject @ModelAttribute PageParameters pages) {
		return users.list(pages.pageQuery());
	}

	@GetMapping("/users/{id}")
	User get(@PathVariable long id) {
		return users.get(id);
	}

	@PostMapping("/users")
	ResponseEntity<User> create(@Valid @RequestBody UserForm form) {
		User created = users.create(form);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	@PutMapping("/users/{id}")
	User update(@PathVariable long id, @Valid @RequestBody UserForm form, CurrentUser actor) {
		return users.update(id, form, actor);
	}

}
