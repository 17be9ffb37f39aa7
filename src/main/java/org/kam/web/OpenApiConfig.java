package org.kam.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description served at /v3/api-docs and shown by Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI kamOpenApi() {
		return new OpenAPI()
			.info(new Info().title("KAM API")
				.version("v1")
				.description("Key account management (大客户管理系统). Errors are RFC 9457 problem details; "
						+ "validation failures carry an `errors` list of {field, message}.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
