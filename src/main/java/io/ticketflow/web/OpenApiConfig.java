package io.ticketflow.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs}. */
@Configuration
public class OpenApiConfig {

  @Bean
  OpenAPI ticketflowOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("ticketflow API")
                .version("1")
                .description(
                    "Tickets for staff and integrations (HTTP Basic), the requester portal (X-Access-Token)"
                        + " and the Alertmanager webhook (bearer token)."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes(
                    "alertmanager",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                .addSecuritySchemes(
                    "accessToken",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name(PortalController.ACCESS_TOKEN)));
  }
}
