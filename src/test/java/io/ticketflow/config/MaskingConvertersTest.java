package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** E-mail addresses and phone numbers are masked in log messages and stack traces. */
@ExtendWith(OutputCaptureExtension.class)
class MaskingConvertersTest {

  private static final String CONFIGURATION =
      """
      <configuration>
        <include resource="logback-masking.xml"/>
        <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
          <encoder><pattern>%level %logger - %m%n%wEx</pattern></encoder>
        </appender>
        <root level="INFO"><appender-ref ref="OUT"/></root>
      </configuration>
      """;

  @Test
  void messagesKeepEverythingButAddressesAndPhoneNumbers() {
    LoggingEvent event =
        new LoggingEvent(
            "test",
            new LoggerContext().getLogger("mail"),
            Level.WARN,
            "Mail {} from {} ({}) quarantined on {}",
            null,
            new Object[] {
              "TS20261122-0001", "zhang.san@example.com", "+86 138-1234-5678", "2026-11-22"
            });

    assertThat(new MaskingMessageConverter().convert(event))
        .isEqualTo(
            "Mail TS20261122-0001 from z***@example.com (*****5678) quarantined on 2026-11-22");
  }

  @Test
  void theLogbackRulesMaskMessagesAndStackTracesOfEveryLogger(CapturedOutput output)
      throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(
        new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.UTF_8)));
    Logger log = context.getLogger("org.example.ThirdParty");

    log.info("Sending to li.si@example.org, phone 13812345678");
    log.error(
        "Delivery failed",
        new IllegalStateException(
            "550 mailbox wang.wu@example.net unavailable, call 010-8888-7777"));
    context.stop();

    assertThat(output)
        .contains("INFO org.example.ThirdParty - Sending to l***@example.org, phone *****5678")
        .contains("550 mailbox w***@example.net unavailable, call *****7777")
        .contains("at io.ticketflow.config.MaskingConvertersTest")
        .doesNotContain("li.si@")
        .doesNotContain("13812345678")
        .doesNotContain("wang.wu@")
        .doesNotContain("8888-7777");
  }
}
