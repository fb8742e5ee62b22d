package io.ticketflow.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody the largest request body the API accepts
 * @param maxUploadBody the largest multipart upload of an attachment (the file limit plus room)
 * @param trustedProxies the addresses of the reverse proxies whose {@code X-Forwarded-For} and
 *     {@code X-Forwarded-Proto} are believed ({@link TrustedProxies}); IP addresses, one each
 */
@ConfigurationProperties("ticketflow.web")
public record WebProperties(
    @DefaultValue("256KB") DataSize maxRequestBody,
    @DefaultValue("11MB") DataSize maxUploadBody,
    @DefaultValue({"127.0.0.1", "::1"}) List<String> trustedProxies) {

  public WebProperties {
    trustedProxies = List.copyOf(trustedProxies);
  }
}
