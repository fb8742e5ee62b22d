package io.ticketflow.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody the largest request body the API accepts
 * @param maxUploadBody the largest multipart upload of an attachment (the file limit plus room)
 */
@ConfigurationProperties("ticketflow.web")
public record WebProperties(
    @DefaultValue("256KB") DataSize maxRequestBody, @DefaultValue("11MB") DataSize maxUploadBody) {}
