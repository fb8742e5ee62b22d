package io.ticketflow.ticket;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Attachment limits.
 *
 * @param maxSize the largest file
 * @param maxPerTicket how many files one ticket may carry
 * @param blockedTypes detected content types refused outright (executables, scripts)
 */
@Validated
@ConfigurationProperties("ticketflow.attachments")
public record AttachmentProperties(
    @NotNull @DefaultValue("10MB") DataSize maxSize,
    @Min(1) @DefaultValue("20") int maxPerTicket,
    @NotNull
        @DefaultValue({
          "application/x-msdownload",
          "application/x-dosexec",
          "application/x-executable",
          "application/x-sh",
          "application/x-bat",
          "application/java-archive",
          "application/x-msi"
        })
        List<String> blockedTypes) {}
